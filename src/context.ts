import type { Viewer } from './auth/viewer.js';
import type { Logger } from './logger.js';
import type { AppServices } from './services.js';

/** What every resolver sees: who is asking, the services, and the per-request loaders. */
export interface RequestContext {
  readonly viewer: Viewer;
  readonly services: AppServices;
  readonly logger: Logger;
  readonly requestId: string;
}

export function createRequestContext(services: AppServices, viewer: Viewer, requestId: string): RequestContext {
  return {
    viewer,
    services,
    requestId,
    logger: services.logger.child({ requestId, uid: viewer.uid }),
  };
}
