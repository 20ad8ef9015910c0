// The `askql` command line: the only module that reads process.env or calls process.exit.
import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { buildApp } from './app.js';
import { startServices } from './bootstrap.js';

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

async function serve(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config);
  let running;
  try {
    running = await startServices(config, logger);
  } catch (error) {
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.exit(1);
  }
  const app = buildApp(running.services);
  await app.start();
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.stop();
    await running.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

const program = new Command('askql').description('Ask your business data questions in plain English.');
program.command('serve', { isDefault: true }).description('start the GraphQL server').action(serve);

await program.parseAsync(process.argv);
