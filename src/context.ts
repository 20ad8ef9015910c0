import type { Viewer } from './auth/viewer.js';
import type { Logger } from './logger.js';
import type { AppServices } from './services.js';
import type { HistoryLoaders } from './history/loaders.js';
import type { UserHistory } from './history/user-history.js';
import type { ConnectionState } from './ask/registry.js';

/** What every resolver sees: who is asking, the services, and the per-request loaders. */
export interface RequestContext {
  readonly viewer: Viewer;
  readonly services: AppServices;
  readonly logger: Logger;
  readonly requestId: string;
  /** The WebSocket connection the operation arrived on; absent over HTTP and SSE. */
  readonly connection?: ConnectionState;
  /** The signed-in user's history: pages and changes, bound to the viewer. */
  readonly history: UserHistory;
  /** Batched, per-request reads: every resolver read of Firestore goes through one of these. */
  readonly loaders: { readonly history: HistoryLoaders };
}

export function createRequestContext(
  services: AppServices,
  viewer: Viewer,
  requestId: string,
  connection?: ConnectionState,
): RequestContext {
  const history = services.history.forUser(viewer.uid, { batch: !services.unbatchedHistoryReads });
  return {
    viewer,
    services,
    requestId,
    logger: services.logger.child({ requestId, uid: viewer.uid }),
    history,
    loaders: { history: history.loaders },
    ...(connection ? { connection } : {}),
  };
}
