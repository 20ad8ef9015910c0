import { Command, InvalidArgumentError, Option } from 'commander';
import { createColors } from 'picocolors';
import { ask } from './ask.js';
import { listConversations, listMessages } from './history.js';
import { CliError, EXIT, type Endpoint, type ExitCode } from './connection.js';
import type { Terminal } from './terminal.js';
import { QUESTION_MAX_LENGTH } from '../question-limit.js';

/** The server a client command talks to when neither --url nor ASKQL_URL says otherwise. */
export const DEFAULT_URL = 'http://localhost:4000/graphql';

/** What `main.ts` hands the client commands: the environment they may read, the terminal, how to exit. */
export interface ClientCommandsIo {
  readonly env: { readonly ASKQL_URL?: string | undefined; readonly ASKQL_TOKEN?: string | undefined };
  readonly terminal: Terminal;
  exit(code: ExitCode): void;
}

function pageSize(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 100)
    throw new InvalidArgumentError('must be a whole number from 1 to 100.');
  return parsed;
}

/** The server refuses a longer question; saying so here saves a round trip and exits as bad usage. */
function questionText(value: string): string {
  const length = value.trim().length;
  if (length === 0) throw new InvalidArgumentError('ask a question.');
  if (length > QUESTION_MAX_LENGTH)
    throw new InvalidArgumentError(
      `a question has at most ${QUESTION_MAX_LENGTH} characters (this one has ${length}).`,
    );
  return value.trim();
}

function withEndpoint(command: Command, io: ClientCommandsIo): Command {
  return (
    command
      // Usage errors exit with 2, so a script can tell them from a failed question (1).
      .exitOverride((error) => io.exit(error.exitCode === 0 ? EXIT.OK : EXIT.USAGE))
      .addOption(
        new Option('--url <url>', 'GraphQL endpoint of the askql server').default(io.env.ASKQL_URL ?? DEFAULT_URL),
      )
      .addOption(new Option('--token <token>', 'Firebase ID token (default: $ASKQL_TOKEN)'))
  );
}

function endpointOf(options: { url: string; token?: string }, io: ClientCommandsIo): Endpoint {
  return { url: options.url, token: options.token ?? io.env.ASKQL_TOKEN };
}

/** Runs a command body; a CliError becomes one red line on stderr and its exit code. */
async function run(io: ClientCommandsIo, body: () => Promise<ExitCode>): Promise<void> {
  try {
    io.exit(await body());
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.terminal.stderr.write(`${createColors(io.terminal.color).red('askql:')} ${error.message}\n`);
    io.exit(error.exitCode);
  }
}

/** Adds `ask`, `conversations` and `messages` to the `askql` program. */
export function addClientCommands(program: Command, io: ClientCommandsIo): void {
  withEndpoint(program.command('ask'), io)
    .description('ask a question and watch it being answered')
    .argument('<question>', `the question, in plain English (at most ${QUESTION_MAX_LENGTH} characters)`, questionText)
    .option('--conversation <id>', 'ask a follow-up in this conversation')
    .option('--sql', 'also print the SQL behind the answer', false)
    .option('--json', 'print the events as JSON lines (for scripts)', false)
    .action(
      (
        question: string,
        options: { url: string; token?: string; conversation?: string; sql: boolean; json: boolean },
      ) =>
        run(io, () =>
          ask(
            endpointOf(options, io),
            { question, conversationId: options.conversation, sql: options.sql, json: options.json },
            io.terminal,
          ),
        ),
    );

  withEndpoint(program.command('conversations'), io)
    .description('list your conversations, most recently updated first')
    .option('--first <n>', 'how many (1-100)', pageSize, 20)
    .action((options: { url: string; token?: string; first: number }) =>
      run(io, () => listConversations(endpointOf(options, io), options.first, io.terminal)),
    );

  withEndpoint(program.command('messages'), io)
    .description("list a conversation's latest messages")
    .argument('<conversationId>', 'the conversation (see `askql conversations`)')
    .option('--last <n>', 'how many (1-100)', pageSize, 50)
    .action((id: string, options: { url: string; token?: string; last: number }) =>
      run(io, () => listMessages(endpointOf(options, io), id, options.last, io.terminal)),
    );
}

export { EXIT };
