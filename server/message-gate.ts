import * as decoding from 'lib0/decoding';
import type { Limits } from './config.ts';

/**
 * Why the server closed a connection: WebSocket close codes in the private range 4000-4999
 * with a fixed reason, so the page can say what happened in the person's language
 * (docs/collab.md lists them).
 */
export const CLOSE = {
  badRoom: { code: 4400, reason: 'room-id-invalid' },
  roomFull: { code: 4409, reason: 'room-people-limit' },
  roomTooLarge: { code: 4413, reason: 'room-size-limit' },
  tooFast: { code: 4429, reason: 'message-rate-limit' },
} as const;

/** A refusal Hocuspocus turns into a close frame with this code and reason. */
export class Refusal extends Error {
  readonly code: number;
  readonly reason: string;
  constructor(close: { readonly code: number; readonly reason: string }) {
    super(close.reason);
    this.code = close.code;
    this.reason = close.reason;
  }
}

/**
 * Token bucket per connection: `messageBurst` messages at once, refilled at
 * `messagesPerSecond`. A pointer drag at 60 frames a second fits; a script flooding the room
 * does not.
 */
export class RateGate {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limits: Pick<Limits, 'messagesPerSecond' | 'messageBurst'>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = limits.messageBurst;
    this.last = now();
  }

  /** Takes one message's token; false when the connection is over its rate. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(
      this.limits.messageBurst,
      this.tokens + ((now - this.last) / 1000) * this.limits.messagesPerSecond,
    );
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Hocuspocus message types (its protocol: document name, then the type) we look into. */
const SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * How many bytes of document change a raw Hocuspocus message carries: the length of the Yjs
 * update in a sync step 2 or update message, 0 for anything else (awareness, auth, queries).
 */
export function changeBytes(message: Uint8Array): number {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== SYNC) return 0;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return 0;
    return decoding.readVarUint8Array(decoder).byteLength;
  } catch {
    // Hocuspocus itself refuses a message it cannot read; this only measures.
    return 0;
  }
}
