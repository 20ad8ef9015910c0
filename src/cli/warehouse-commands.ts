import type { Command } from 'commander';

/** What `main.ts` hands the warehouse commands: where to write, how to exit. */
export interface WarehouseCommandsIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  exit(code: number): void;
}

/** Exit codes: 1 when the work failed, 2 when the arguments or the layer are wrong. */
const FAILED = 1;
const BAD_INPUT = 2;

/** A URL without its password, for messages. */
const shown = (url: string): string => url.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1@');

/**
 * Runs a command body, which loads its modules itself (the server's dependencies load only for the commands
 * that need them). A layer error becomes one line per problem and exit 2; any other error one line and exit 1.
 */
async function run(io: WarehouseCommandsIo, body: () => Promise<number>): Promise<void> {
  const [{ CatalogError }, { SemanticLayerError }] = await Promise.all([
    import('../warehouse/catalog.js'),
    import('../analyst/semantic-layer.js'),
  ]);
  try {
    io.exit(await body());
  } catch (error) {
    if (error instanceof CatalogError) {
      for (const line of error.lines()) io.stderr.write(`askql: ${line}\n`);
      io.exit(BAD_INPUT);
    } else if (error instanceof SemanticLayerError) {
      for (const problem of error.problems) io.stderr.write(`askql: ${error.path}: ${problem}\n`);
      io.exit(BAD_INPUT);
    } else {
      io.stderr.write(`askql: ${error instanceof Error ? error.message : String(error)}\n`);
      io.exit(FAILED);
    }
  }
}

/** Adds `warehouse setup`, `layer init`, `layer check` and `import` to the `askql` program. */
export function addWarehouseCommands(program: Command, io: WarehouseCommandsIo): void {
  const warehouse = program.command('warehouse').description('prepare a warehouse for askql');
  warehouse
    .command('setup')
    .description(
      'PostgreSQL: create the reader role, grant it SELECT on the layer\'s tables and confine it to one tenant\'s rows with row-level security (safe to run again)',
    )
    .requiredOption('--warehouse <url>', 'postgres://owner@host/db?schema=name, as a user owning the tables')
    .requiredOption('--layer <file>', 'the semantic layer (YAML or JSON) naming the tables askql may read')
    .option('--login-role <name>', 'also create this login role (when missing) as a member of the reader role, to serve as')
    .option('--print', 'print the SQL for a DBA instead of running it', false)
    .action((options: { warehouse: string; layer: string; loginRole?: string; print: boolean }) =>
      run(io, async () => {
        const [{ loadSemanticLayer }, { isPostgresUrl }, { setUpPostgres, setupScript }] = await Promise.all([
          import('../analyst/semantic-layer.js'),
          import('../warehouse/create-warehouse.js'),
          import('../warehouse/postgres-setup.js'),
        ]);
        if (!isPostgresUrl(options.warehouse)) {
          io.stderr.write(
            'askql: warehouse setup is for PostgreSQL; a DuckDB warehouse needs none (askql reads the file read-only and copies each tenant\'s rows apart)\n',
          );
          return BAD_INPUT;
        }
        const layer = await loadSemanticLayer(options.layer);
        const steps = await setUpPostgres(options.warehouse, layer, {
          layerSource: options.layer,
          print: options.print,
          ...(options.loginRole ? { loginRole: options.loginRole } : {}),
        });
        if (options.print) {
          io.stdout.write(setupScript(steps));
          return 0;
        }
        io.stdout.write(`askql: set up ${shown(options.warehouse)} for ${options.layer}:\n`);
        for (const step of steps) io.stdout.write(`  - ${step.says}\n`);
        return 0;
      }),
    );
}
