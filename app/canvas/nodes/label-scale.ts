/**
 * How much labels grow as the canvas zooms out, so that names stay readable on screen: a label
 * of `base` px drawn at `zoom` is `base * zoom` px on screen; scaled by the answer it is at least
 * `readable` px, up to `max` times its size (past that it would not fit its box). Quantised to
 * steps of 1/8 so that zooming re-renders labels only now and then. 1 at and above the zoom where
 * the label is readable as it is.
 */
export function labelScale(zoom: number, base: number, readable: number, max: number): number {
  if (!(zoom > 0)) return 1;
  const wanted = readable / (base * zoom);
  if (wanted <= 1) return 1;
  return Math.min(max, Math.ceil(wanted * 8) / 8);
}

/** On screen, names are at least this many pixels tall where the scale allows. */
export const READABLE_PX = 9.5;

/** Container titles (13 px) grow up to 4 times: their header band has room for that, once the CIDR line is hidden. */
export const containerScale = (zoom: number): number => labelScale(zoom, 13, READABLE_PX, 4);

/** Tile names (12 px) grow up to 2.5 times: past that a name no longer fits across its tile's slot. */
export const tileScale = (zoom: number): number => labelScale(zoom, 12, READABLE_PX, 2.5);
