import { createColors } from 'picocolors';
import { CONVERSATIONS, MESSAGES } from './operations.js';
import { CliError, EXIT, request, type Endpoint, type ExitCode } from './connection.js';
import { renderTable } from './table.js';
import type { Terminal } from './terminal.js';

/** `askql conversations`: the caller's latest conversations as a table, most recently updated first. */
export async function listConversations(endpoint: Endpoint, first: number, terminal: Terminal): Promise<ExitCode> {
  const { conversations } = await request(endpoint, CONVERSATIONS, { first });
  const colors = createColors(terminal.color);
  const rows = conversations.edges.map(({ node }) => [
    node.id,
    node.preview || node.title,
    node.messageCount,
    node.updatedAt,
  ]);
  if (rows.length === 0) {
    terminal.stdout.write('No conversations yet. Ask something with `askql ask "…"`.\n');
    return EXIT.OK;
  }
  const columns = [
    { name: 'id', type: 'VARCHAR' },
    { name: 'preview', type: 'VARCHAR' },
    { name: 'messages', type: 'INTEGER' },
    { name: 'updated (UTC)', type: 'timestamp' },
  ];
  const { table } = renderTable(columns, rows, {
    width: terminal.width,
    maxRows: first,
    color: terminal.color,
    keep: [0],
  });
  terminal.stdout.write(`${table}\n`);
  if (conversations.pageInfo.hasNextPage)
    terminal.stdout.write(colors.dim(`more with --first ${Math.min(first * 2, 100)}\n`));
  return EXIT.OK;
}

/** `askql messages <id>`: one conversation's latest messages as a table, oldest first. */
export async function listMessages(
  endpoint: Endpoint,
  id: string,
  last: number,
  terminal: Terminal,
): Promise<ExitCode> {
  const { conversation } = await request(endpoint, MESSAGES, { id, last });
  if (!conversation) throw new CliError(`no conversation ${id} (it does not exist, or it is not yours).`, EXIT.FAILED);
  const colors = createColors(terminal.color);
  terminal.stdout.write(
    `${colors.bold(conversation.title)} ${colors.dim(`(${conversation.messageCount} messages)`)}\n`,
  );
  const rows = conversation.messages.edges.map(({ node }) => [
    node.createdAt,
    node.role.toLowerCase(),
    node.status.toLowerCase(),
    node.content,
  ]);
  const columns = [
    { name: 'at (UTC)', type: 'timestamp' },
    { name: 'role', type: 'VARCHAR' },
    { name: 'status', type: 'VARCHAR' },
    { name: 'content', type: 'VARCHAR' },
  ];
  const { table } = renderTable(columns, rows, { width: terminal.width, maxRows: last, color: terminal.color });
  terminal.stdout.write(`${table}\n`);
  return EXIT.OK;
}
