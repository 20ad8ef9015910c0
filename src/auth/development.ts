import type { Authenticator, Viewer } from './viewer.js';

/**
 * Development mode: a request without a token acts as the development user. A request that does carry a
 * token is still verified by `verifying`, so a frontend can be tested against real sign-in locally.
 */
export function developmentAuthenticator(devUser: string, verifying?: Authenticator): Authenticator {
  const viewer: Viewer = { uid: devUser };
  return {
    async authenticate(authorization) {
      if (!authorization || !verifying) return viewer;
      return verifying.authenticate(authorization);
    },
  };
}
