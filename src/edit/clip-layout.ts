import type { LayoutEntry, Resource, VpcLabDocument } from '../model/index.ts';
import type { PasteOptions } from './clip-paste.ts';

/** How far a paste sits from its original when it goes back to the same place. */
const OFFSET = 40;

/**
 * The layout after the paste: the copies' boxes move as one, keeping their offsets: the set's
 * top-left corner to the pointer; else into the container they went to when that is another
 * one; else 40 px off the originals when those are in the target (a paste into the same
 * design); else where they were (another design).
 */
export function placeLayout(
  target: VpcLabDocument,
  clip: VpcLabDocument,
  copies: readonly Resource[],
  idMap: ReadonlyMap<string, string>,
  options: PasteOptions,
  {
    vpcMap,
    subnetMap,
  }: { readonly vpcMap: ReadonlyMap<string, string>; readonly subnetMap: ReadonlyMap<string, string> },
): VpcLabDocument['layout'] {
  const entries = copies.flatMap((copy) => {
    const entry = clip.layout?.[copy.id];
    return entry ? [{ id: idMap.get(copy.id)!, entry }] : [];
  });
  if (entries.length === 0) return target.layout;
  const left = Math.min(...entries.map(({ entry }) => entry.x));
  const top = Math.min(...entries.map(({ entry }) => entry.y));
  let dx = 0;
  let dy = 0;
  const movedInto = [...subnetMap, ...vpcMap].find(([from, to]) => from !== to && target.layout?.[to]);
  if (options.at) {
    dx = snap(options.at.x) - left;
    dy = snap(options.at.y) - top;
  } else if (movedInto) {
    const box = target.layout![movedInto[1]]!;
    const inset = subnetMap.has(movedInto[0]) ? 20 : 40;
    dx = box.x + inset - left;
    dy = box.y + 80 - top;
  } else if (copies.some((copy) => target.layout?.[copy.id] !== undefined)) {
    dx = OFFSET;
    dy = OFFSET;
  }
  const layout: Record<string, LayoutEntry> = { ...target.layout };
  for (const { id, entry } of entries) layout[id] = { ...entry, x: entry.x + dx, y: entry.y + dy };
  return layout;
}

const snap = (value: number): number => Math.round(value / 10) * 10;
