/**
 * The process as the client commands see it, handed in by `main.ts` (the only module that touches the
 * process), so the commands run the same under a TTY, a pipe and a test.
 */
export interface Terminal {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** stdout is a TTY: live progress, colours and redrawing are allowed. Pipes get plain text. */
  readonly interactive: boolean;
  /** Colours on stdout/stderr (a TTY and no NO_COLOR). */
  readonly color: boolean;
  /** Columns to fit tables in. */
  readonly width: number;
  /** Calls `handler` on Ctrl-C (SIGINT) while the command runs; returns the function that stops listening. */
  onInterrupt(handler: () => void): () => void;
}
