import type { HocuspocusProvider } from '@hocuspocus/provider';

/**
 * When the server refuses one room but keeps the socket (a limit: too many messages, the room
 * full or too large), Hocuspocus drops the page from that room and nothing brings it back: the
 * socket's own reconnection only runs when the socket itself closes. The page would then look
 * connected while neither sending nor receiving. This closes the socket, so that it joins again, after a pause that
 * doubles on each refusal in a row (a refusal that repeats, such as a change larger than the
 * room allows, then costs the server little) and starts afresh once a join has lasted.
 */

export interface RejoinTiming {
  /** The first pause: long enough for the rate limit's bucket to refill somewhat. */
  readonly firstMs: number;
  readonly maxMs: number;
  /** A join that lasts this long without a refusal counts as a success: the pause starts afresh. */
  readonly settledMs: number;
}

export const REJOIN: RejoinTiming = { firstMs: 1000, maxMs: 30_000, settledMs: 60_000 };

/** Watches `provider` and joins its room again after each refusal; returns the stop function. */
export function keepInRoom(provider: HocuspocusProvider, timing: RejoinTiming = REJOIN): () => void {
  const socket = provider.configuration.websocketProvider;
  let pause = timing.firstMs;
  let lastRefusal = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const refused = () => {
    // A closed socket reconnects by itself, and rejoins every room when it does.
    if (socket.status !== 'connected' || timer !== null) return;
    const now = Date.now();
    if (now - lastRefusal > timing.settledMs) pause = timing.firstMs;
    lastRefusal = now;
    timer = setTimeout(() => {
      timer = null;
      // A fresh socket: Hocuspocus never reads a second authentication for a room on a socket
      // that was refused one. Closing it takes the socket's own way back (reconnect, authenticate,
      // sync what either side lacks).
      if (socket.status === 'connected') socket.webSocket?.close();
    }, pause);
    pause = Math.min(pause * 2, timing.maxMs);
  };
  // A room-level close (the socket stays open) and a refused authentication.
  const onClose = () => queueMicrotask(refused);
  provider.on('close', onClose);
  provider.on('authenticationFailed', refused);
  return () => {
    provider.off('close', onClose);
    provider.off('authenticationFailed', refused);
    if (timer !== null) clearTimeout(timer);
  };
}
