// The `askql` command line: the only module that reads process.env or calls process.exit.
import { setTimeout as sleep } from 'node:timers/promises';
import { isatty } from 'node:tty';
import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { addClientCommands } from './cli/commands.js';
import { addWarehouseCommands } from './cli/warehouse-commands.js';
import { DEFAULT_DEMO_SEED, defaultEndDate } from './demo/generator.js';

function configOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) console.error(`askql: ${problem}`);
      process.exit(2);
    }
    throw error;
  }
}

function exitWithLines(lines: readonly string[]): never {
  for (const line of lines) console.error(`askql: ${line}`);
  process.exit(2);
}

async function serve(): Promise<void> {
  // The server's modules load only for the commands that run it, so the client commands start in a blink.
  const [{ buildApp }, { startServices }, { CatalogError }, { SemanticLayerError }] = await Promise.all([
    import('./app.js'),
    import('./bootstrap.js'),
    import('./warehouse/catalog.js'),
    import('./analyst/semantic-layer.js'),
  ]);
  const config = configOrExit();
  // Before anything starts (an emulator, a seed): a taken port would otherwise fail only at the very end.
  if (config.port !== 0 && !(await portIsFree(config.host, config.port))) {
    console.error(`askql: PORT: ${config.port} on ${config.host} is already in use (another askql running? set PORT)`);
    process.exit(2);
  }
  const logger = createLogger(config);
  let running;
  try {
    running = await startServices(config, logger);
  } catch (error) {
    // A layer that cannot be read or does not match the database is configuration: one line per problem.
    if (error instanceof CatalogError) exitWithLines(error.lines());
    if (error instanceof SemanticLayerError)
      exitWithLines(error.problems.map((problem) => `${error.path}: ${problem}`));
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    // The log line is written asynchronously; give it a moment before the process ends.
    await sleep(50);
    process.exit(1);
  }
  const app = buildApp(running.services);
  await app.start();
  let firstSignalAt: number | undefined;
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down: runs finish first (Ctrl-C again to stop at once)');
    // Whatever hangs (a dependency that stopped answering), the process ends: the history is safe regardless, as
    // the Firestore emulator's supervisor exports it when this process goes.
    const deadlineMs = config.shutdownTimeoutMs + SHUTDOWN_GRACE_MS;
    setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, deadlineMs).unref();
    try {
      await app.stop();
      await running.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstSignalAt === undefined) {
      firstSignalAt = Date.now();
      void shutdown(signal);
      return;
    }
    // npm and tsx relay the terminal's Ctrl-C to this process, which the terminal signalled already: a repeat
    // within a moment is that same keypress, not the user insisting.
    if (Date.now() - firstSignalAt < REPEATED_SIGNAL_MS) return;
    logger.warn({ signal }, 'second signal: exiting now');
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Beyond the shutdown timeout (for runs), time for the last saves and closing Firestore before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 15_000;
/** A second signal sooner than this after the first is a relayed copy of the first. */
const REPEATED_SIGNAL_MS = 1_000;

/** Whether `port` on `host` can be listened on right now. */
async function portIsFree(host: string, port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

const program = new Command('askql').description('Ask your business data questions in plain English.');
program.command('serve', { isDefault: true }).description('start the GraphQL server').action(serve);
program
  .command('seed')
  .description('load the demo dataset (two years ending at the end date) into the warehouse, replacing its rows')
  .option('--scale <n>', 'size multiplier: 1 gives the demo tenant ~25,000 orders (default: ASKQL_SEED_SCALE)', Number)
  .option('--end-date <YYYY-MM-DD>', 'last day of data (default: yesterday, UTC)')
  .option('--seed <s>', 'random seed: the same arguments give byte-identical data', DEFAULT_DEMO_SEED)
  .option('--warehouse <url>', 'duckdb:<file> or postgres://… (default: ASKQL_WAREHOUSE_URL)')
  .option(
    '--login-role <name>',
    'PostgreSQL: also create this login role (when missing), a member of the reader role, to serve as',
  )
  .action(
    async (options: { scale?: number; endDate?: string; seed: string; warehouse?: string; loginRole?: string }) => {
      const config = configOrExit();
      const url = options.warehouse ?? config.warehouse.url;
      const demo = {
        scale: options.scale ?? config.warehouse.seedScale,
        endDate: options.endDate ?? defaultEndDate(),
        seed: options.seed,
      };
      const started = performance.now();
      const { seedWarehouse } = await import('./demo/seed.js');
      try {
        const rows = await seedWarehouse(url, demo, {
          dataDir: config.dataDir,
          ...(options.loginRole ? { loginRole: options.loginRole } : {}),
        });
        const counts = Object.entries(rows)
          .map(([table, count]) => `${table} ${count}`)
          .join(', ');
        console.log(
          `askql: seeded ${url.replace(/:\/\/[^@/]*@/, '://')} (scale ${demo.scale}, ending ${demo.endDate}, seed ${demo.seed}): ${counts} in ${Math.round(performance.now() - started)} ms`,
        );
      } catch (error) {
        console.error(`askql: seed failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      }
    },
  );
addWarehouseCommands(program, {
  dataDir: process.env.ASKQL_DATA_DIR || '.data',
  stdout: process.stdout,
  stderr: process.stderr,
  exit: (code) => process.exit(code),
});
addClientCommands(program, {
  env: { ASKQL_URL: process.env.ASKQL_URL, ASKQL_TOKEN: process.env.ASKQL_TOKEN },
  terminal: {
    stdout: process.stdout,
    stderr: process.stderr,
    // process.stdout.isTTY is typed boolean but is undefined on a pipe; ask the file descriptor instead.
    interactive: isatty(1),
    color: isatty(1) && !process.env.NO_COLOR,
    width: isatty(1) ? process.stdout.columns : 100,
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  },
  exit: (code) => process.exit(code),
});

await program.parseAsync(process.argv);
