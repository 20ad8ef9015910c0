import { builder } from './builder.js';
import './health.js';
import './conversation.js';
import './message.js';
import './ask.js';
import './run.js';

/** The whole schema: each import adds one domain to the builder. */
export const schema = builder.toSchema({ sortSchema: false });
