import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { hasDesign, writeDesign } from '../../src/collab/design-doc.ts';
import { newEditId, viewIdOf } from '../../src/collab/room-ids.ts';
import { currentT } from '../i18n/use-t.ts';
import { emptyDocument } from '../store/empty-document.ts';
import { useEditor } from '../store/store.ts';
import { rememberedName, rememberName } from './identity.ts';
import { startPresence, type Presence } from './presence.ts';
import {
  addressWithRoom,
  collabSocketUrl,
  editLinkOf,
  roomRequestOf,
  serverIsLive,
  viewLinkOf,
} from './room-address.ts';
import { keepInRoom } from './rejoin.ts';
import { bindDesign, type DesignBinding } from './store-binding.ts';
import { OFF, useSession, type Connection, type Role } from './session-store.ts';

/**
 * The page side of a live session (docs/collab.md): one room at a time, joined from the top
 * bar ("Start live session") or from a link (`?room=`, `?view=`).
 *
 * Order of a join: the room's copy in this browser (y-indexeddb) first, so a reload or an
 * offline start shows the design at once (even when the server cannot be reached: the copy
 * proves this origin served rooms); then the server's, merged in by Yjs. The store is
 * bound to the Y.Doc only once the Y.Doc holds the room's design, so the page's previous design
 * never leaks into a room. Going offline (the browser's event) closes the socket, so edits
 * wait in the Y.Doc and IndexedDB and merge when it is back.
 */

/** The origin of the design a room starts from (not an undo step of its creator). */
const SEED = Symbol('vpclab:seed');

/** How long to wait for this browser's copy of a room before going on without it. */
const LOCAL_COPY_TIMEOUT_MS = 1500;

/** The IndexedDB database that keeps this browser's copy of a room (y-indexeddb). */
const localCopyName = (viewId: string) => `vpclab-room:${viewId}`;

/**
 * Reconnection after a dropped socket (a server restart, a network blip): the first try at
 * once, then doubling from half a second, never more than 2 s apart. The provider's defaults
 * grow to 30 s, so a restart of a few seconds could keep a room apart for half a minute.
 * Jitter (the provider's default) spreads a roomful of pages over the interval.
 */
export const RECONNECT = { delay: 500, minDelay: 250, factor: 2, maxDelay: 2000 } as const;

/** Close reasons the server gives (server/message-gate.ts), each with its message. */
const CLOSE_MESSAGES = {
  'room-id-invalid': 'collab:closed.room-id-invalid',
  'room-people-limit': 'collab:closed.room-people-limit',
  'room-size-limit': 'collab:closed.room-size-limit',
  'message-rate-limit': 'collab:closed.message-rate-limit',
} as const;

interface Room {
  readonly role: Role;
  readonly editId?: string;
  readonly viewId: string;
}

interface Running {
  readonly room: Room;
  readonly ydoc: Y.Doc;
  readonly local: IndexeddbPersistence;
  readonly socket: HocuspocusProviderWebsocket;
  readonly provider: HocuspocusProvider;
  binding: DesignBinding | null;
  presence: Presence | null;
  socketStatus: 'connecting' | 'connected' | 'disconnected';
  readonly shown: Set<string>;
  readonly offBrowser: () => void;
  readonly offRejoin: () => void;
}

let running: Running | null = null;
/** What waits for the person's name. */
let pendingRoom: (() => Promise<void>) | null = null;

const t = () => currentT();
const notifyError = (text: string) => useEditor.getState().notify({ kind: 'error', text });

/** Top bar "Start live session": the current design becomes a new room, this person its first editor. */
export async function startLiveSession(): Promise<void> {
  if (useSession.getState().phase !== 'off') return;
  if (!(await serverIsLive())) {
    notifyError(t()('collab:notice.noServer'));
    return;
  }
  await withName(async () => {
    const editId = newEditId();
    const room: Room = { role: 'edit', editId, viewId: await viewIdOf(editId) };
    await connect(room, useEditor.getState().document);
  });
}

/** Joins the room the address names, if it names one; called once the saved work is back. */
export async function joinFromAddress(): Promise<void> {
  const request = roomRequestOf(new URL(location.href));
  if (request.kind === 'none') return;
  if (request.kind === 'malformed') {
    notifyError(t()('collab:notice.badLink'));
    replaceAddress(null);
    return;
  }
  const room: Room =
    request.kind === 'edit'
      ? { role: 'edit', editId: request.editId, viewId: await viewIdOf(request.editId) }
      : { role: 'view', viewId: request.viewId };
  // Unreachable server: offline, or restarting. A room this browser holds a copy of still opens
  // from that copy (it was served by VPC Lab's server before) and syncs once the server answers.
  if (!(await serverIsLive()) && !(await hasLocalCopy(room.viewId))) {
    notifyError(t()('collab:notice.noServerForLink'));
    return;
  }
  await withName(() => connect(room, null));
}

/** The name dialog's answer: remembered, then the waiting room is joined. */
export async function provideName(name: string): Promise<void> {
  rememberName(name);
  const next = pendingRoom;
  pendingRoom = null;
  if (next) await next();
}

/** The name dialog was dismissed: no room is joined; the page stays the offline editor. */
export function cancelNaming(): void {
  pendingRoom = null;
  useSession.setState(OFF);
  if (roomRequestOf(new URL(location.href)).kind !== 'none') replaceAddress(null);
}

/**
 * "Leave live session": the room's design stays on the page as this person's own copy (saved
 * locally like any work), editable again for a viewer. Undo starts afresh: the steps before
 * belonged to the room.
 */
export function leaveLiveSession(): void {
  const session = running;
  if (!session) return;
  running = null;
  stop(session);
  useEditor.getState().setReadOnly(null);
  useEditor.temporal.getState().clear();
  useSession.setState(OFF);
  replaceAddress(null);
  useEditor.getState().notify({ kind: 'info', text: t()('collab:notice.left') });
}

/** This person's pointer on the canvas (flow coordinates), or null off it; ignored outside a session. */
export function reportPointer(point: { x: number; y: number } | null): void {
  running?.presence?.reportPointer(point);
}

async function withName(join: () => Promise<void>): Promise<void> {
  if (rememberedName() !== null) {
    await join();
    return;
  }
  pendingRoom = join;
  useSession.setState({ ...OFF, phase: 'naming' });
}

async function connect(room: Room, seed: object | null): Promise<void> {
  const origin = location.origin;
  useSession.setState({
    phase: 'joining',
    role: room.role,
    links: {
      ...(room.editId ? { edit: editLinkOf(origin, room.editId) } : {}),
      view: viewLinkOf(origin, room.viewId),
    },
    connection: navigator.onLine ? 'reconnecting' : 'offline',
    people: [],
  });
  replaceAddress(room.editId ? { edit: room.editId } : { view: room.viewId });
  useEditor.getState().setReadOnly(room.role === 'view' ? t()('collab:notice.viewOnly') : null);

  const ydoc = new Y.Doc();
  const local = new IndexeddbPersistence(localCopyName(room.viewId), ydoc);
  await Promise.race([local.whenSynced, new Promise((resolve) => setTimeout(resolve, LOCAL_COPY_TIMEOUT_MS))]);
  if (seed && !hasDesign(ydoc)) writeDesign(ydoc, seed as Record<string, unknown>, SEED);

  const socket = new HocuspocusProviderWebsocket({
    url: collabSocketUrl(location),
    autoConnect: navigator.onLine,
    ...RECONNECT,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room.viewId,
    token: room.editId ?? '',
    document: ydoc,
  });
  const session: Running = {
    room,
    ydoc,
    local,
    socket,
    provider,
    binding: null,
    presence: null,
    socketStatus: 'connecting',
    shown: new Set(),
    offBrowser: followBrowser(socket),
    offRejoin: keepInRoom(provider),
  };
  running = session;

  provider.on('status', ({ status }: { status: Running['socketStatus'] }) => {
    session.socketStatus = status;
    showConnection(session);
  });
  provider.on('synced', () => {
    showConnection(session);
    if (running !== session || session.binding) return;
    if (!hasDesign(ydoc)) {
      // A room nobody has put a design in (or whose server lost it): start it empty, and say so.
      useEditor.getState().notify({ kind: 'info', text: t()('collab:notice.emptyRoom') });
      if (room.role === 'edit') writeDesign(ydoc, emptyDocument() as unknown as Record<string, unknown>, SEED);
      else {
        // A viewer cannot start it: show it empty, and bind as soon as an editor puts a design in.
        useEditor.getState().receiveDocument(emptyDocument(), true);
        bindWhenDesigned(session);
        return;
      }
    }
    bind(session);
  });
  provider.on('close', ({ event }: { event: CloseEvent }) => {
    showConnection(session);
    explainClose(session, event.reason);
  });
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
    showConnection(session);
    explainClose(session, reason);
  });
  provider.attach();

  session.presence = startPresence(provider.awareness!, rememberedName() ?? '', room.role);
  if (hasDesign(ydoc)) bind(session);
  showConnection(session);
}

function bind(session: Running): void {
  if (running !== session || session.binding) return;
  session.binding = bindDesign(session.ydoc, session.room.role === 'edit');
  useSession.setState({ phase: 'live' });
}

/** Binds once the Y.Doc holds a design (a viewer who arrived before the room's first editor). */
function bindWhenDesigned(session: Running): void {
  const check = () => {
    const gone = running !== session || session.binding !== null;
    if (!gone && !hasDesign(session.ydoc)) return;
    session.ydoc.off('afterTransaction', check);
    if (!gone) bind(session);
  };
  session.ydoc.on('afterTransaction', check);
}

/**
 * Whether this browser keeps a copy of the room with a design in it (y-indexeddb), without
 * creating one: the list of databases is asked first.
 */
async function hasLocalCopy(viewId: string): Promise<boolean> {
  const name = localCopyName(viewId);
  try {
    const databases = await indexedDB.databases();
    if (!databases.some((database) => database.name === name)) return false;
  } catch {
    return false;
  }
  const ydoc = new Y.Doc();
  const local = new IndexeddbPersistence(name, ydoc);
  try {
    await Promise.race([local.whenSynced, new Promise((resolve) => setTimeout(resolve, LOCAL_COPY_TIMEOUT_MS))]);
    return hasDesign(ydoc);
  } finally {
    await local.destroy();
    ydoc.destroy();
  }
}

function showConnection(session: Running): void {
  if (running !== session) return;
  const connection: Connection = !navigator.onLine
    ? 'offline'
    : session.socketStatus === 'connected' && inRoom(session.provider)
      ? 'connected'
      : 'reconnecting';
  if (useSession.getState().connection !== connection) useSession.setState({ connection });
}

/** In the room: authenticated and synced since the socket last opened (a refusal undoes both). */
const inRoom = (provider: HocuspocusProvider) => provider.isAuthenticated && provider.isSynced;

/** The browser's offline and online events: the socket closes and reopens with them. */
function followBrowser(socket: HocuspocusProviderWebsocket): () => void {
  const offline = () => {
    const closing = socket.webSocket;
    socket.disconnect();
    // Chromium can hold back the close event while the network is down (the closing handshake
    // cannot finish). Until it comes the socket counts as connected, and "online" would then
    // not open a new one: the page would stay out of the room. Close it for the page now.
    if (closing && socket.status !== 'disconnected') {
      closing.dispatchEvent(new CloseEvent('close', { code: 1000, reason: '' }));
    }
    if (running) showConnection(running);
  };
  const online = () => {
    void socket.connect();
    if (running) showConnection(running);
  };
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}

/** A refusal or a limit the server gave as a close reason: said once per kind, in words. */
function explainClose(session: Running, reason: string): void {
  if (running !== session || !reason) return;
  const key = Object.hasOwn(CLOSE_MESSAGES, reason)
    ? CLOSE_MESSAGES[reason as keyof typeof CLOSE_MESSAGES]
    : 'collab:closed.other';
  if (session.shown.has(key)) return;
  session.shown.add(key);
  notifyError(t()(key, { reason }));
}

function stop(session: Running): void {
  session.offBrowser();
  session.offRejoin();
  session.binding?.stop();
  session.presence?.stop();
  session.provider.destroy();
  session.socket.destroy();
  void session.local.destroy();
  session.ydoc.destroy();
}

/** Puts the room in the address (a reload rejoins) or takes it out. */
function replaceAddress(room: { edit?: string; view?: string } | null): void {
  window.history.replaceState(window.history.state, '', addressWithRoom(new URL(location.href), room));
}
