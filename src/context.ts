import type { Viewer } from './auth/viewer.js';
import type { Logger } from './logger.js';
import type { AppServices } from './services.js';
import { createHistoryLoaders, type HistoryLoaders } from './history/loaders.js';

/**
 * The connection a WebSocket operation arrived on. graphql-ws ends an operation the same way whether the
 * client unsubscribed or the connection dropped; `unsubscribed()` tells them apart (true only after the
 * client sent `complete` for it). Absent over HTTP and SSE.
 */
export interface ConnectionState {
  unsubscribed(): boolean;
}

/** What every resolver sees: who is asking, the services, and the per-request loaders. */
export interface RequestContext {
  readonly viewer: Viewer;
  readonly services: AppServices;
  readonly logger: Logger;
  readonly requestId: string;
  readonly connection?: ConnectionState;
  /** Batched, per-request reads: every resolver read of Firestore goes through one of these. */
  readonly loaders: { readonly history: HistoryLoaders };
}

export function createRequestContext(
  services: AppServices,
  viewer: Viewer,
  requestId: string,
  connection?: ConnectionState,
): RequestContext {
  return {
    viewer,
    services,
    requestId,
    logger: services.logger.child({ requestId, uid: viewer.uid }),
    loaders: {
      history: createHistoryLoaders(services.history, viewer.uid, { batch: !services.unbatchedHistoryReads }),
    },
    ...(connection ? { connection } : {}),
  };
}
