import { indexDocument, isPublicSubnet, type LayoutEntry, type VpcLabDocument } from '../model/index.ts';
import { deriveBoxes, type Placement } from './boxes.ts';
import { neededExternals } from './externals.ts';
import { gridLayout } from './grid-layout.ts';
import { estimateTextWidth, type MeasureText } from './label-width.ts';
import type { LayoutFacts } from './types.ts';

/**
 * The document laid out as the page's Auto layout lays it out (VPCs side by side, a column per
 * Availability Zone, a row per tier), without a page: labels are measured by estimate unless a
 * `measure` is given. For the CLI, importers and benchmarks; the page calls `gridLayout` on its
 * own diagram.
 */
export function layOutDocument(document: VpcLabDocument, measure: MeasureText = estimateTextWidth): VpcLabDocument {
  return { ...document, layout: documentLayout(document, measure) };
}

export function documentLayout(
  document: VpcLabDocument,
  measure: MeasureText = estimateTextWidth,
): Record<string, LayoutEntry> {
  // Boxes from no layout at all: the grid then places everything afresh.
  const index = indexDocument({ ...document, layout: {} });
  const list: Placement[] = deriveBoxes(index, neededExternals(document));
  const placements = new Map(list.map((p) => [p.id, p]));
  const children = new Map<string, string[]>();
  for (const p of list) {
    if (p.parent === undefined) continue;
    const siblings = children.get(p.parent);
    if (siblings) siblings.push(p.id);
    else children.set(p.parent, [p.id]);
  }
  const facts = new Map<string, LayoutFacts>();
  for (const r of document.resources) {
    if (r.type === 'vpc') facts.set(r.id, { details: [[...r.cidrBlocks, ...(r.ipv6CidrBlocks ?? [])].join(', ')] });
    if (r.type === 'subnet') facts.set(r.id, { details: [], public: isPublicSubnet(index, r) });
  }
  return gridLayout({ placements, children, facts }, measure);
}

export { gridLayout } from './grid-layout.ts';
export { estimateTextWidth, type MeasureText } from './label-width.ts';
export type { Box, ExternalId, LayoutDiagram, LayoutFacts } from './types.ts';
