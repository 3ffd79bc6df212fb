/**
 * Asks the canvas to frame the whole design (Shift+1, Auto layout), from code that has no
 * handle on React Flow. The canvas listens while it is mounted.
 */
const listeners = new Set<() => void>();

export function requestFit(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` on each request; returns a function that stops listening. */
export function onFitRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
