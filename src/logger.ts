import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/** One JSON line per event in production; readable, coloured lines in development. */
export function createLogger(config: Pick<Config, 'env' | 'logLevel'>): Logger {
  if (config.env === 'development') {
    return pino({
      level: config.logLevel,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' },
      },
    });
  }
  return pino({ level: config.logLevel });
}
