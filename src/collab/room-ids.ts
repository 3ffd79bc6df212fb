/**
 * Live-session room ids, shared by the page and the collaboration server.
 *
 * A room has two ids. The edit id (128 random bits) is the secret in the edit link
 * `/?room=<edit id>`; the view id, derived from it by SHA-256, is in the read-only link
 * `/?view=<view id>` and is the name of the room's document on the server. An editor connects
 * to the document `viewIdOf(editId)` with the edit id as its token; the server recomputes the
 * hash and grants writing only on a match. A viewer knows only the view id, and a hash cannot
 * be turned back into the edit id, so read-only is enforced by the server, not by the page.
 */

/** 22 characters of base64url: 128 bits (132 bits of text, the last 4 always zero). */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Separates this hash from any other use of SHA-256 over the same id. */
const VIEW_DOMAIN = 'vpclab-view:';

/** A fresh edit id: 128 bits from the platform's cryptographic random source. */
export function newEditId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/** The view id (the document name) of a room, from its edit id. */
export async function viewIdOf(editId: string): Promise<string> {
  const data = new TextEncoder().encode(VIEW_DOMAIN + editId);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
  return base64url(digest.subarray(0, 16));
}

/** Whether `id` has the shape of a room id (either kind); anything else is refused unread. */
export function isRoomId(id: unknown): id is string {
  return typeof id === 'string' && ROOM_ID_PATTERN.test(id);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
