import type { Firestore } from 'firebase-admin/firestore';

/**
 * A Firestore document id must not contain a slash and must not be `.` or `..`; an id coming from a client
 * that breaks these rules could address another path, so it is treated as an id that does not exist.
 */
export function isDocumentId(id: string): boolean {
  return id.length > 0 && id.length <= 1500 && !id.includes('/') && id !== '.' && id !== '..' && !/^__.*__$/.test(id);
}

/** Marks a user document id that encodes its uid (see userDocumentId). */
const ENCODED_UID = 'uid~';

/**
 * The document id of a user's history. Any Firebase uid is valid (up to 128 characters, any of them), but a
 * Firestore id may not hold `/`, be `.` or `..`, or look like `__x__`: such a uid, or one that could be mistaken
 * for an encoded one, is stored as `uid~<base64url>`; every other uid is its own id, as it always was.
 */
export function userDocumentId(uid: string): string {
  if (uid === '') throw new Error('a user id is empty');
  return isDocumentId(uid) && !uid.startsWith(ENCODED_UID)
    ? uid
    : `${ENCODED_UID}${Buffer.from(uid, 'utf8').toString('base64url')}`;
}

/**
 * A user's conversations: `users/{uid}/conversations`. Data lives under the user, so a user can only ever
 * reach their own conversations: the uid comes from the verified viewer, never from an argument.
 */
export function conversationsOf(firestore: Firestore, uid: string) {
  return firestore.collection('users').doc(userDocumentId(uid)).collection('conversations');
}
