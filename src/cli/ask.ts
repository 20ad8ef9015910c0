import { randomUUID } from 'node:crypto';
import cliProgress from 'cli-progress';
import { createLogUpdate } from 'log-update';
import { createColors } from 'picocolors';
import wrapAnsi from 'wrap-ansi';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { ASK } from './operations.js';
import { CliError, EXIT, subscribe, type Endpoint, type ExitCode } from './connection.js';
import { renderTable } from './table.js';
import type { Terminal } from './terminal.js';

type AskEvent = ResultOf<typeof ASK>['askQuery'];
type Completed = Extract<AskEvent, { __typename: 'AskCompleted' }>;
type Failed = Extract<AskEvent, { __typename: 'AskFailed' }>;

export interface AskOptions {
  readonly question: string;
  readonly conversationId: string | undefined;
  /** Also print the SQL that produced the result. */
  readonly sql: boolean;
  /** Print every event as one JSON line instead of the human view. */
  readonly json: boolean;
}

/** How a run is shown: the live terminal view, plain lines for pipes, or JSON lines for scripts. */
interface AskView {
  started(conversationId: string): void;
  progress(stage: string, message: string, percent: number, attempt: number): void;
  delta(text: string): void;
  completed(event: Completed): void;
  failed(event: Failed): void;
  cancelled(): void;
  /** Stops any live display before an error is printed. */
  stop(): void;
}

/** Rows drawn before the rest are only counted. */
const MAX_TABLE_ROWS = 20;

function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`);
}

/** What the question was understood to ask, printed above the answer: never an answer without it. */
export function interpretationText(event: Pick<Completed, 'interpretation'>): string | null {
  const it = event.interpretation;
  if (!it) return null;
  const lines = [`Understood: ${it.sentence}`];
  for (const metric of it.metrics) lines.push(`  ${metric.label}: ${metric.definition}`);
  for (const filter of it.filters) lines.push(`  Filter: ${filter.text}`);
  for (const note of it.notes) lines.push(`  Note: ${note}`);
  lines.push(`  Data through ${it.dataThrough}`);
  return lines.join('\n');
}

function printOutcome(terminal: Terminal, event: Completed, options: AskOptions): void {
  const { stdout } = terminal;
  const colors = createColors(terminal.color);
  if (options.sql && event.sql) {
    writeLine(stdout);
    writeLine(stdout, colors.dim('SQL'));
    writeLine(stdout, event.sql);
  }
  const result = event.result;
  if (result && result.columns.length > 0) {
    const raw: unknown[] = Array.isArray(result.rows) ? (result.rows as unknown[]) : [];
    // The server's reading order: a product's title before its id, the id kept alongside.
    const columns = result.columnOrder.flatMap((index) => result.columns[index] ?? []);
    const order = result.columnOrder.filter((index) => result.columns[index] !== undefined);
    const rows = raw.map((row): unknown => (Array.isArray(row) ? order.map((index): unknown => row[index]) : row));
    const { table, hiddenRows } = renderTable(columns, rows, {
      width: terminal.width,
      maxRows: MAX_TABLE_ROWS,
      color: terminal.color,
    });
    writeLine(stdout);
    writeLine(stdout, table);
    const total = result.rowCount;
    const notes: string[] = [];
    if (hiddenRows > 0) notes.push(`showing ${MAX_TABLE_ROWS} of ${total.toLocaleString('en-US')} rows`);
    else notes.push(`${total.toLocaleString('en-US')} ${total === 1 ? 'row' : 'rows'}`);
    if (result.truncated) notes.push('the server kept only the first rows of a larger result');
    writeLine(stdout, colors.dim(notes.join('; ')));
  }
  if (event.outcome.__typename === 'Clarification') {
    writeLine(stdout);
    writeLine(stdout, colors.bold('Which did you mean?'));
    event.outcome.options.forEach((option, index) =>
      writeLine(stdout, `  ${index + 1}. ${option.label}: ${option.question}`),
    );
  } else if (event.suggestions.length > 0) {
    writeLine(stdout);
    writeLine(stdout, colors.bold('You could also ask:'));
    for (const suggestion of event.suggestions) writeLine(stdout, `  • ${suggestion}`);
  }
  writeLine(stdout);
  writeLine(
    stdout,
    colors.dim(`conversation ${event.conversation.id} (follow up with --conversation ${event.conversation.id})`),
  );
}

/**
 * A TTY: a progress bar (cli-progress's formatter) with the stage and percent, and below it the answer
 * growing as it streams, redrawn in place by log-update.
 */
function liveView(terminal: Terminal, options: AskOptions): AskView {
  const colors = createColors(terminal.color);
  const frame = createLogUpdate(terminal.stdout);
  const barOptions = {
    ...cliProgress.Presets.shades_classic,
    format: `{bar} {percentage}% ${colors.cyan('{stage}')}{retry}`,
    barsize: 30,
    barCompleteString: cliProgress.Presets.shades_classic.barCompleteChar.repeat(31),
    barIncompleteString: cliProgress.Presets.shades_classic.barIncompleteChar.repeat(31),
    barGlue: '',
    // Percent padded to three characters, so the stage text does not jump as the number grows.
    autopadding: true,
    autopaddingChar: '   ',
  };
  let bar = '';
  let answer = '';
  const started = Date.now();
  // Wrapped on word boundaries here; log-update would otherwise cut words at the terminal's edge.
  const draw = () => frame(answer ? `${bar}\n\n${wrapAnsi(answer, Math.max(20, terminal.width - 1))}` : bar);
  const progressLine = (message: string, percent: number, attempt: number) =>
    cliProgress.Format.Formatter(
      barOptions,
      {
        progress: percent / 100,
        startTime: started,
        stopTime: null,
        total: 100,
        value: percent,
        eta: 0,
        maxWidth: terminal.width,
      },
      { stage: message, retry: attempt > 1 ? colors.dim(` (attempt ${attempt})`) : '' },
    );
  return {
    started() {
      bar = progressLine('Starting...', 0, 1);
      draw();
    },
    progress(stage, message, percent, attempt) {
      // A retried interpretation writes its answer afresh.
      if (stage === 'INTERPRETING' && attempt > 1) answer = '';
      bar = progressLine(message, percent, attempt);
      draw();
    },
    delta(text) {
      answer += text;
      draw();
    },
    completed(event) {
      const understood = interpretationText(event);
      answer = understood ? `${colors.dim(understood)}\n\n${event.answer}` : event.answer;
      bar = progressLine('Complete!', 100, 1);
      draw();
      frame.done();
      printOutcome(terminal, event, options);
    },
    failed() {
      frame.clear();
      frame.done();
      if (answer) writeLine(terminal.stdout, answer);
    },
    cancelled() {
      frame.done();
      writeLine(terminal.stdout);
    },
    stop() {
      frame.done();
    },
  };
}

/** Pipes and CI: progress as plain lines on stderr, the answer and the table on stdout, no escape codes. */
function plainView(terminal: Terminal, options: AskOptions): AskView {
  let lastLine = '';
  return {
    started() {},
    progress(_stage, message, percent, attempt) {
      const line = `[${String(percent).padStart(3)}%] ${message}${attempt > 1 ? ` (attempt ${attempt})` : ''}`;
      if (line !== lastLine) writeLine(terminal.stderr, line);
      lastLine = line;
    },
    delta() {},
    completed(event) {
      const understood = interpretationText(event);
      if (understood) writeLine(terminal.stdout, `${understood}\n`);
      writeLine(terminal.stdout, event.answer);
      printOutcome(terminal, event, options);
    },
    failed() {},
    cancelled() {},
    stop() {},
  };
}

/** `--json`: every event exactly as the server sent it, one per line. */
function jsonView(terminal: Terminal): AskView & { event(event: AskEvent): void } {
  return {
    event(event) {
      writeLine(terminal.stdout, JSON.stringify(event));
    },
    started() {},
    progress() {},
    delta() {},
    completed() {},
    failed() {},
    cancelled() {},
    stop() {},
  };
}

/**
 * `askql ask "question"`: subscribes to `askQuery` over graphql-ws and shows the run as it happens.
 * Resolves to the exit code; Ctrl-C (`terminal.onInterrupt`) unsubscribes, which cancels the run on the server.
 */
export async function ask(endpoint: Endpoint, options: AskOptions, terminal: Terminal): Promise<ExitCode> {
  const json = options.json ? jsonView(terminal) : undefined;
  const view: AskView = json ?? (terminal.interactive ? liveView(terminal, options) : plainView(terminal, options));
  const colors = createColors(terminal.color && !options.json);

  return new Promise<ExitCode>((resolve) => {
    let settled = false;
    let outcome: ExitCode = EXIT.FAILED;
    const finish = (code: ExitCode) => {
      if (settled) return;
      settled = true;
      removeInterrupt();
      resolve(code);
    };
    const fail = (error: CliError) => {
      view.stop();
      writeLine(terminal.stderr, `${colors.red('askql:')} ${error.message}`);
      void subscription.close().then(() => finish(error.exitCode));
    };

    let lastSeq = 0;
    const subscription = subscribe(
      endpoint,
      ASK,
      // A request id makes a re-sent subscription join this run instead of asking again.
      {
        input: { question: options.question, conversationId: options.conversationId ?? null, requestId: randomUUID() },
      },
      {
        next: ({ askQuery: event }) => {
          // Rejoined after a lost connection, the run replays from its first event: skip what was shown.
          if (event.seq <= lastSeq) return;
          lastSeq = event.seq;
          json?.event(event);
          switch (event.__typename) {
            case 'AskStarted':
              view.started(event.conversationId);
              break;
            case 'AskProgress':
              view.progress(event.stage, event.message, event.percent, event.attempt);
              break;
            case 'AnswerDelta':
              view.delta(event.text);
              break;
            case 'AskCompleted':
              view.completed(event);
              outcome = EXIT.OK;
              break;
            case 'AskFailed':
              view.failed(event);
              if (!options.json) {
                const retry =
                  event.retryAfterSeconds != null
                    ? ` (try again in ${event.retryAfterSeconds} s)`
                    : event.retryable
                      ? ' (worth trying again)'
                      : '';
                writeLine(terminal.stderr, `${colors.red('askql:')} ${event.code}: ${event.message}${retry}`);
              }
              outcome = EXIT.FAILED;
              break;
          }
        },
        error: fail,
        complete: () => void subscription.close().then(() => finish(outcome)),
      },
    );

    const removeInterrupt = terminal.onInterrupt(() => {
      if (settled) return;
      view.cancelled();
      void subscription.cancel().then(() => {
        writeLine(terminal.stderr, 'Cancelled: the question was withdrawn and the server stopped working on it.');
        finish(EXIT.CANCELLED);
      });
    });
  });
}
