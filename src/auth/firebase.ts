import type { App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { AuthError, type Authenticator } from './viewer.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Verifies Firebase ID tokens (`Authorization: Bearer <token>`, or the bare token as graphql-ws
 * `connectionParams.authorization`) with firebase-admin. The viewer's uid is the token's subject.
 * When FIREBASE_AUTH_EMULATOR_HOST is set, firebase-admin checks tokens against the Auth emulator instead.
 */
export function firebaseAuthenticator(app: App, options: { checkRevoked?: boolean } = {}): Authenticator {
  const auth = getAuth(app);
  return {
    async authenticate(authorization) {
      if (!authorization) throw new AuthError('Sign in: send a Firebase ID token as "Authorization: Bearer <token>".');
      const token = BEARER.exec(authorization)?.[1] ?? (authorization.includes(' ') ? undefined : authorization);
      if (!token) throw new AuthError('The Authorization value must be "Bearer <Firebase ID token>".');
      try {
        const decoded = await auth.verifyIdToken(token, options.checkRevoked ?? false);
        return { uid: decoded.uid };
      } catch (error) {
        // firebase-admin's codes (auth/id-token-expired, auth/argument-error…) tell the client what to fix.
        const code =
          typeof error === 'object' && error && 'code' in error ? String(error.code) : 'auth/invalid-id-token';
        throw new AuthError(`The ID token was rejected (${code}).`);
      }
    },
  };
}
