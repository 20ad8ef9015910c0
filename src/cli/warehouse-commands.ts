import type { Command } from 'commander';

/** What `main.ts` hands the warehouse commands: where to write, how to exit. */
export interface WarehouseCommandsIo {
  /** Where `duckdb:` alone points (ASKQL_DATA_DIR). */
  readonly dataDir: string;
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
      "PostgreSQL: create the reader role, grant it SELECT on the layer's tables and confine it to one tenant's rows with row-level security; DuckDB: write each tenant's rows to a file of its own (safe to run again)",
    )
    .requiredOption(
      '--warehouse <url>',
      'postgres://owner@host/db?schema=name as a user owning the tables, or duckdb:<file>',
    )
    .requiredOption('--layer <file>', 'the semantic layer (YAML or JSON) naming the tables askql may read')
    .option(
      '--login-role <name>',
      'also create this login role (when missing) as a member of the reader role, to serve as',
    )
    .option('--print', 'print the SQL for a DBA instead of running it', false)
    .action((options: { warehouse: string; layer: string; loginRole?: string; print: boolean }) =>
      run(io, async () => {
        const [{ loadSemanticLayer }, { duckDbFile, isPostgresUrl }, { setUpPostgres, setupScript }] =
          await Promise.all([
            import('../analyst/semantic-layer.js'),
            import('../warehouse/create-warehouse.js'),
            import('../warehouse/postgres-setup.js'),
          ]);
        const layer = await loadSemanticLayer(options.layer);
        if (options.warehouse.startsWith('duckdb:')) {
          if (options.print || options.loginRole) {
            io.stderr.write('askql: --print and --login-role are for PostgreSQL\n');
            return BAD_INPUT;
          }
          const { setUpDuckDb } = await import('../warehouse/duckdb-setup.js');
          const done = await setUpDuckDb(duckDbFile(options.warehouse, io.dataDir), layer, options.layer);
          io.stdout.write(
            `askql: set up ${options.warehouse} for ${options.layer}:\n${done.map((line) => `  - ${line}\n`).join('')}`,
          );
          return 0;
        }
        if (!isPostgresUrl(options.warehouse)) {
          io.stderr.write('askql: the warehouse URL must start with duckdb: or postgres://\n');
          return BAD_INPUT;
        }
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

  const layer = program.command('layer').description('draft and check a semantic layer for your own warehouse');
  layer
    .command('init')
    .description('introspect a database and write a draft layer that answers questions at once')
    .requiredOption(
      '--warehouse <url>',
      'duckdb:<file> or postgres://…?schema=name, as a user who can read every table',
    )
    .option('--out <file>', 'where to write the layer (default: print it)')
    .option('--name <name>', "the layer's name", 'my-data')
    .option('--tenant-column <column>', 'the column holding whose row it is, in every table (default: guessed)')
    .option('--single', 'one owner of the whole database: every user sees every row', false)
    .action((options: { warehouse: string; out?: string; name: string; tenantColumn?: string; single: boolean }) =>
      run(io, async () => {
        const [{ profileDatabase }, { draftLayer, draftYaml }, { writeFile }] = await Promise.all([
          import('./database-profile.js'),
          import('./layer-draft.js'),
          import('node:fs/promises'),
        ]);
        if (options.single && options.tenantColumn) {
          io.stderr.write('askql: give --single or --tenant-column, not both\n');
          return BAD_INPUT;
        }
        const profile = await profileDatabase(options.warehouse, io.dataDir);
        const tenancy = options.single ? 'single' : options.tenantColumn ? { column: options.tenantColumn } : 'guess';
        const draft = draftLayer(profile, { name: options.name, tenancy });
        const yaml = draftYaml(draft, shown(options.warehouse));
        if (!options.out) {
          io.stdout.write(yaml);
          return 0;
        }
        await writeFile(options.out, yaml);
        io.stdout.write(
          `askql: wrote ${options.out}: ${draft.layer.tables.length} tables, ${draft.layer.joins.length} joins, ${draft.layer.metrics.length} metrics, ${draft.layer.dimensions.length} dimensions\n`,
        );
        for (const note of draft.notes) io.stdout.write(`  - ${note}\n`);
        return 0;
      }),
    );
  layer
    .command('check')
    .description(
      'compile every metric alone and by every dimension, run each on the warehouse with LIMIT 0, and report what fails',
    )
    .requiredOption('--warehouse <url>', 'duckdb:<file> or postgres://…?schema=name, as askql serves it')
    .requiredOption('--layer <file>', 'the semantic layer to check')
    .option('--tenant <id>', 'the tenant the queries run as', 'askql-layer-check')
    .action((options: { warehouse: string; layer: string; tenant: string }) =>
      run(io, async () => {
        const [{ loadSemanticLayer }, { createWarehouse }, { checkLayer }, { pino }] = await Promise.all([
          import('../analyst/semantic-layer.js'),
          import('../warehouse/create-warehouse.js'),
          import('./layer-check.js'),
          import('pino'),
        ]);
        const semanticLayer = await loadSemanticLayer(options.layer);
        const warehouse = await createWarehouse(
          { url: options.warehouse, rowCap: 1, statementTimeoutMs: 30_000, seedScale: 1 },
          { dataDir: io.dataDir, logger: pino({ level: 'silent' }), layer: semanticLayer, layerSource: options.layer },
        );
        try {
          const report = await checkLayer(warehouse, semanticLayer, {
            tenant: options.tenant,
            today: new Date().toISOString().slice(0, 10),
          });
          for (const failure of report.failures) {
            io.stdout.write(
              `✗ ${failure.pair}: ${failure.reason}\n${failure.sql ? `${failure.sql.replace(/^/gm, '    ')}\n` : ''}`,
            );
          }
          io.stdout.write(
            `askql: ${options.layer}: ${report.checked - report.failures.length} of ${report.checked} queries run${report.failures.length > 0 ? `, ${report.failures.length} failed` : ''}\n`,
          );
          return report.failures.length > 0 ? FAILED : 0;
        } finally {
          await warehouse.close();
        }
      }),
    );

  program
    .command('import')
    .description('load CSV or Parquet files into a DuckDB warehouse, one table per file (run it before serving)')
    .argument('<files...>', '.csv, .tsv or .parquet files; each becomes a table named after the file')
    .requiredOption('--warehouse <url>', 'duckdb:<file> to create or add to')
    .action((files: string[], options: { warehouse: string }) =>
      run(io, async () => {
        const { importFiles } = await import('./import-files.js');
        const imported = await importFiles(files, options.warehouse, { dataDir: io.dataDir });
        for (const table of imported) {
          io.stdout.write(
            `askql: ${table.file} → table ${table.table}: ${table.rows} rows (${table.columns.join(', ')})\n`,
          );
        }
        return 0;
      }),
    );
}
