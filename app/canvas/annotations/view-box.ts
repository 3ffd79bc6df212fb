import type { Box } from '../diagram-types.ts';

/**
 * The part of the design the canvas shows, in canvas coordinates, for code with no handle on
 * React Flow (the palette adds a note where the person is looking). The canvas registers the
 * reader while it is mounted.
 */
let reader: (() => Box | undefined) | undefined;

export function setViewBoxReader(next: (() => Box | undefined) | undefined): void {
  reader = next;
}

export function currentViewBox(): Box | undefined {
  return reader?.();
}
