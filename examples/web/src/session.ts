import type { WebConfig } from '../../../src/web.js';

/**
 * Who the page asks as. The server says at `/web-config.json` whether it needs a Firebase ID token; only then
 * is the Firebase Auth SDK loaded (a chunk of its own: development pages never download it). The SDK keeps
 * the user signed in (its own IndexedDB persistence) and `token()` returns an ID token it refreshes before
 * it expires, so every request and every new socket carries a valid one.
 */
export interface Session {
  /** A current ID token of the signed-in user; null when signed out. */
  token(): Promise<string | null>;
  /** The signed-in user's email, or null; `onChange` calls back whenever it changes (including at start). */
  onChange(listener: (email: string | null) => void): void;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

export async function loadWebConfig(): Promise<WebConfig> {
  try {
    const response = await fetch(new URL('/web-config.json', window.location.href));
    if (response.ok) return (await response.json()) as WebConfig;
  } catch {
    // A page served without askql (Vite's dev server before the proxy answers) asks without a token.
  }
  return { auth: 'development', signIn: null };
}

/** Null when the server needs no token. */
export async function startSession(config: WebConfig): Promise<Session | null> {
  if (config.auth !== 'firebase' || config.signIn === null) return null;
  const { initializeApp } = await import('firebase/app');
  const auth = await import('firebase/auth');
  const app = initializeApp({
    apiKey: config.signIn.apiKey,
    authDomain: config.signIn.authDomain,
    projectId: config.signIn.projectId,
  });
  // initializeAuth with one persistence, not getAuth: no popup/redirect machinery in the bundle.
  const firebaseAuth = auth.initializeAuth(app, { persistence: auth.indexedDBLocalPersistence });
  if (config.signIn.emulatorUrl)
    auth.connectAuthEmulator(firebaseAuth, config.signIn.emulatorUrl, { disableWarnings: true });
  await firebaseAuth.authStateReady();
  return {
    token: async () => (firebaseAuth.currentUser ? firebaseAuth.currentUser.getIdToken() : null),
    onChange: (listener) => {
      auth.onAuthStateChanged(firebaseAuth, (user) => listener(user?.email ?? null));
    },
    signIn: async (email, password) => {
      await auth.signInWithEmailAndPassword(firebaseAuth, email, password);
    },
    signOut: () => auth.signOut(firebaseAuth),
  };
}

/** A sign-in failure in words (Firebase's codes look like `auth/invalid-credential`). */
export function signInFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (
    code === 'auth/invalid-credential' ||
    code === 'auth/wrong-password' ||
    code === 'auth/user-not-found' ||
    code === 'auth/invalid-email'
  ) {
    return 'That email and password do not match an account.';
  }
  if (code === 'auth/too-many-requests') return 'Too many attempts: wait a moment, then try again.';
  if (code === 'auth/network-request-failed') return 'Could not reach the sign-in service. Check your connection.';
  return 'Could not sign in. Try again.';
}
