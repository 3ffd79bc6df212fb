/** A box in screen pixels, relative to the canvas's top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How far the design's frame keeps off each side of the canvas, in pixels. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * The insets of the frame to fit a design into: the part of the canvas that nothing floating
 * covers (the legend, the mini map, the zoom controls), chosen so that the design comes out as
 * large as it can. A box in a corner can be avoided from either of its sides: a wide design
 * gives up a strip of height, a tall one a strip of width. Candidate edges are the canvas's
 * own and those of the covering boxes, so the search is small (a few boxes: at most a few
 * hundred frames).
 */
export function uncoveredInsets(
  canvas: { readonly width: number; readonly height: number },
  covering: readonly Box[],
  design: { readonly width: number; readonly height: number },
): Insets {
  const boxes = covering.map((box) => clip(box, canvas)).filter((box) => box.width > 0 && box.height > 0);
  const lefts = [0, ...boxes.map((b) => b.x + b.width)];
  const rights = [canvas.width, ...boxes.map((b) => b.x)];
  const tops = [0, ...boxes.map((b) => b.y + b.height)];
  const bottoms = [canvas.height, ...boxes.map((b) => b.y)];
  let best: { insets: Insets; zoom: number; area: number } | undefined;
  for (const left of lefts)
    for (const right of rights)
      for (const top of tops)
        for (const bottom of bottoms) {
          const frame = { x: left, y: top, width: right - left, height: bottom - top };
          if (frame.width <= 0 || frame.height <= 0 || boxes.some((box) => overlaps(box, frame))) continue;
          const zoom = Math.min(frame.width / Math.max(1, design.width), frame.height / Math.max(1, design.height));
          const area = frame.width * frame.height;
          if (!best || zoom > best.zoom || (zoom === best.zoom && area > best.area))
            best = { insets: { top, right: canvas.width - right, bottom: canvas.height - bottom, left }, zoom, area };
        }
  return best?.insets ?? { top: 0, right: 0, bottom: 0, left: 0 };
}

function clip(box: Box, canvas: { readonly width: number; readonly height: number }): Box {
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  return {
    x,
    y,
    width: Math.min(canvas.width, box.x + box.width) - x,
    height: Math.min(canvas.height, box.y + box.height) - y,
  };
}

/** True when the two boxes share area (touching edges do not count). */
function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
