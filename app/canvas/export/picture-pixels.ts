/**
 * Reading a rendered picture's pixels, for tests of what an export shows (resvg in Node, the
 * exported PNG in e2e): is a point the background, how much is pure black, where edges run.
 */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly data: Uint8Array;
}

export function pixelAt(image: Pixels, x: number, y: number): [number, number, number, number] {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!];
}

/** True when any pixel within `radius` of (x, y) differs from white by more than a trace. */
export function inkNear(image: Pixels, x: number, y: number, radius = 1): boolean {
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const [r, g, b] = pixelAt(
        image,
        Math.min(image.width - 1, Math.max(0, x + dx)),
        Math.min(image.height - 1, Math.max(0, y + dy)),
      );
      if (255 * 3 - r - g - b > 24) return true;
    }
  }
  return false;
}

/** The share of pixels that are pure black (the old export's failure: a filled black polygon). */
export function blackShare(image: Pixels): number {
  let black = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (image.data[i]! < 8 && image.data[i + 1]! < 8 && image.data[i + 2]! < 8 && image.data[i + 3]! > 200) black++;
  }
  return black / (image.width * image.height);
}

/** Pixels about as dark as text (anti-aliased edges included) inside a box: glyphs drawn there. */
export function darkPixels(image: Pixels, box: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(image.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(image.width, box.x + box.width); x++) {
      const [r, g, b] = pixelAt(image, x, y);
      if (r + g + b < 3 * 150) count++;
    }
  }
  return count;
}

/**
 * The share of points along a straight segment (its middle 70 %, clear of the boxes it joins)
 * where something is drawn.
 */
export function inkAlong(
  image: Pixels,
  from: { x: number; y: number },
  to: { x: number; y: number },
  scale = 1,
): number {
  const samples = 24;
  let inked = 0;
  for (let k = 0; k < samples; k++) {
    const t = 0.15 + (0.7 * k) / (samples - 1);
    const x = (from.x + (to.x - from.x) * t) * scale;
    const y = (from.y + (to.y - from.y) * t) * scale;
    if (inkNear(image, x, y, Math.max(1, Math.round(scale)))) inked++;
  }
  return inked / samples;
}

/** The two ends of an exported edge path ("Mx,y Lx,y"), shifted by the picture's translation. */
export function segmentOf(
  d: string,
  shift: { x: number; y: number },
): { from: { x: number; y: number }; to: { x: number; y: number } } {
  const [x1, y1, x2, y2] = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return { from: { x: x1! + shift.x, y: y1! + shift.y }, to: { x: x2! + shift.x, y: y2! + shift.y } };
}

/** The translation of the picture's content group (`translate(x y)`). */
export function translationOf(transform: string | undefined): { x: number; y: number } {
  const [x = 0, y = 0] = (transform?.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return { x, y };
}
