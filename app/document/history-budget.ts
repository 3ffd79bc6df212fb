import type { VpcLabDocument } from '../../src/model/index.ts';

/**
 * What the undo history kept across a reload may cost: at most SAVED_HISTORY_LIMIT steps and
 * SAVED_HISTORY_BYTES of JSON over all of them (each step counted whole), the steps nearest the
 * present kept first. The byte cap keeps a large design's history from filling storage and
 * from slowing the start (each restored step is checked); a small design keeps every step.
 */
export const SAVED_HISTORY_LIMIT = 100;
export const SAVED_HISTORY_BYTES = 10_000_000;

/** JSON lengths of immutable parts already measured: documents share unchanged resources across steps. */
const measured = new WeakMap<object, number>();

function jsonLength(value: object): number {
  let length = measured.get(value);
  if (length === undefined) {
    length = JSON.stringify(value).length;
    measured.set(value, length);
  }
  return length;
}

/** About how many bytes a step is as JSON (ASCII mostly): measured part by part, each part once. */
export function stepBytes(document: VpcLabDocument): number {
  let bytes = measured.get(document);
  if (bytes !== undefined) return bytes;
  const { resources, layout, intents, ...envelope } = document;
  bytes = JSON.stringify(envelope).length;
  for (const resource of resources) bytes += jsonLength(resource) + 1;
  if (layout) bytes += jsonLength(layout);
  if (intents) bytes += jsonLength(intents);
  measured.set(document, bytes);
  return bytes;
}

/**
 * The undo and redo steps to keep (both oldest first, as zundo holds them; the step nearest the
 * present is the last of each): undo steps first, nearest first, then redo steps, within the
 * step limit each way and the byte cap over both.
 */
export function keptHistory<T extends VpcLabDocument>(
  past: readonly T[],
  future: readonly T[],
  limit = SAVED_HISTORY_LIMIT,
  budget = SAVED_HISTORY_BYTES,
): { past: T[]; future: T[] } {
  let left = budget;
  const take = (steps: readonly T[]): T[] => {
    const kept: T[] = [];
    for (let i = steps.length - 1; i >= 0 && kept.length < limit; i -= 1) {
      const cost = stepBytes(steps[i]!);
      if (cost > left) break;
      left -= cost;
      kept.push(steps[i]!);
    }
    return kept.reverse();
  };
  const keptPast = take(past);
  return { past: keptPast, future: take(future) };
}
