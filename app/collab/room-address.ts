import { isRoomId } from '../../src/collab/room-ids.ts';

/** What the address asks for: a room to edit (`?room=`), one to watch (`?view=`), or none. */
export type RoomRequest =
  | { readonly kind: 'edit'; readonly editId: string }
  | { readonly kind: 'view'; readonly viewId: string }
  | { readonly kind: 'none' }
  /** A `room` or `view` parameter that is not a room id: refused unread. */
  | { readonly kind: 'malformed' };

export function roomRequestOf(url: URL): RoomRequest {
  const room = url.searchParams.get('room');
  const view = url.searchParams.get('view');
  if (room !== null) return isRoomId(room) ? { kind: 'edit', editId: room } : { kind: 'malformed' };
  if (view !== null) return isRoomId(view) ? { kind: 'view', viewId: view } : { kind: 'malformed' };
  return { kind: 'none' };
}

export const editLinkOf = (origin: string, editId: string): string => `${origin}/?room=${editId}`;
export const viewLinkOf = (origin: string, viewId: string): string => `${origin}/?view=${viewId}`;

/** The address with the room in it (so a reload rejoins), or without any room (after leaving). */
export function addressWithRoom(url: URL, room: { edit?: string; view?: string } | null): string {
  const next = new URL(url.href);
  next.searchParams.delete('room');
  next.searchParams.delete('view');
  if (room?.edit) next.searchParams.set('room', room.edit);
  else if (room?.view) next.searchParams.set('view', room.view);
  return next.pathname + next.search + next.hash;
}

/** The collaboration endpoint of the server that served the page (docs/collab.md). */
export function collabSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;
}

/**
 * Whether the page was served by VPC Lab's own server (`npm start`), which answers
 * `/collab/health`. Static hosting and `npm run dev` do not: the page is then the offline editor.
 */
export async function serverIsLive(fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetcher('/collab/health', { cache: 'no-store' });
    if (!response.ok) return false;
    const body = (await response.json()) as { live?: unknown };
    return body.live === true;
  } catch {
    return false;
  }
}
