/**
 * Tabs of the page tell each other when they saved, so that a design changed in one tab does
 * not silently overwrite, or get overwritten by, another tab's (the last save would otherwise
 * win without a word). BroadcastChannel reaches the other tabs of the same origin; where it is
 * missing, nothing is said and each tab saves as before.
 */
const CHANNEL = 'vpclab:saved-work';

/** This page's id, written into what it saves. */
export const TAB_ID =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

interface SavedMessage {
  readonly tab: string;
  readonly savedAt: number;
}

let channel: BroadcastChannel | undefined;

function open(): BroadcastChannel | undefined {
  if (channel === undefined && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
  return channel;
}

/** Tells the other tabs that this one saved the design. */
export function announceSaved(savedAt: number): void {
  open()?.postMessage({ tab: TAB_ID, savedAt } satisfies SavedMessage);
}

/** Calls `listener` when another tab saved; returns a function that stops listening. */
export function onSavedElsewhere(listener: (savedAt: number) => void): () => void {
  const target = open();
  if (!target) return () => undefined;
  const handle = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<SavedMessage> | null;
    if (message && message.tab !== TAB_ID && typeof message.savedAt === 'number') listener(message.savedAt);
  };
  target.addEventListener('message', handle);
  return () => target.removeEventListener('message', handle);
}
