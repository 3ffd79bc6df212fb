/** Box sizes of drawn things, in canvas pixels; the shared scenarios' layouts use the same grid. */
export const SIZE = {
  leaf: { width: 88, height: 64 },
  /** A secondary network interface: a small tile in a leaf's grid cell (see boxes.ts). */
  networkInterface: { width: 88, height: 50 },
  external: { width: 112, height: 64 },
  vpc: { width: 800, height: 370 },
  subnet: { width: 340, height: 190 },
} as const;

/** Room inside containers: the header band above children, and the padding around them. */
export const CONTAINER = { header: 80, padding: 20, gap: 40 } as const;

/** Leaves in a subnet sit in rows of this many, this far apart. */
export const LEAF_GRID = { perRow: 3, dx: 105, dy: 90 } as const;

/** Snap grid of the canvas (drags, drops and auto layout land on it). */
export const GRID = 10;
