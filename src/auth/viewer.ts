/** Who is asking. The uid always comes from a verified token (or the development user), never from an argument. */
export interface Viewer {
  readonly uid: string;
}

/** Raised for a request whose credentials are missing (where they are required) or not valid. */
export class AuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthError';
  }
}

/**
 * Turns the `Authorization` value of a request (HTTP header or graphql-ws `connectionParams.authorization`)
 * into a viewer, or throws AuthError. Every operation therefore runs with a known viewer.
 */
export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Viewer>;
}
