import { CONTAINER, LEAF_GRID, SIZE } from './sizes.ts';
import type { MeasureText } from './label-width.ts';

/** The fonts of container headers (canvas.css `.container-title`, `.container-meta`, `.subnet-facts`). */
export const TITLE_FONT = '600 13px sans-serif';
export const META_FONT = '12px sans-serif';

/** Widest box auto layout gives a subnet for its name: longer names get an ellipsis and a tooltip. */
export const MAX_SUBNET_WIDTH = 460;
const MIN_SUBNET_WIDTH = 200;
const MIN_SUBNET_HEIGHT = 130;
/** Header chrome around a subnet's title: padding, icon, gaps and the public/private badge (Japanese is wider). */
const SUBNET_CHROME = 12 + 16 + 6 + 6 + 84 + 12 + 4;
/** Around the facts line (CIDR, AZ): its left indent, the gap between them and the right padding. */
const FACTS_CHROME = 34 + 10 + 12 + 4;
/** Around a VPC's title and CIDRs: padding, icon and gaps. */
const VPC_CHROME = 12 + 18 + 6 + 6 + 12 + 4;
const MAX_VPC_HEADER = 640;
/** Where the first gateway sits on a VPC's top edge, and the step to the next (as derive-boxes). */
export const TOP_GATEWAY = { start: 60, step: 110 } as const;

const roundUp = (value: number) => Math.ceil(value / 10) * 10;

/** Leaves per row and rows in a subnet holding `count` of them. */
export function leafGrid(count: number): { columns: number; rows: number } {
  return {
    columns: Math.min(Math.max(count, 1), LEAF_GRID.perRow),
    rows: Math.max(1, Math.ceil(count / LEAF_GRID.perRow)),
  };
}

/** The smallest subnet box that shows its header whole and holds its leaves. */
export function subnetSize(
  measure: MeasureText,
  subnet: { readonly title: string; readonly cidr: string; readonly az: string },
  leaves: number,
): { width: number; height: number } {
  const header = measure(subnet.title, TITLE_FONT) + SUBNET_CHROME;
  const facts = measure(subnet.cidr, META_FONT) + measure(`AZ ${subnet.az}`, META_FONT) + FACTS_CHROME;
  const { columns, rows } = leafGrid(leaves);
  const grid = 2 * CONTAINER.padding + (columns - 1) * LEAF_GRID.dx + SIZE.leaf.width;
  const height =
    leaves === 0
      ? MIN_SUBNET_HEIGHT
      : CONTAINER.header + (rows - 1) * LEAF_GRID.dy + SIZE.leaf.height + CONTAINER.padding;
  return {
    width: roundUp(Math.max(MIN_SUBNET_WIDTH, grid, Math.min(MAX_SUBNET_WIDTH, Math.max(header, facts)))),
    height: roundUp(Math.max(MIN_SUBNET_HEIGHT, height)),
  };
}

/** The width a VPC needs for its header (title and CIDRs, right-aligned) beside the gateways on its top edge. */
export function vpcHeaderWidth(
  measure: MeasureText,
  vpc: { readonly title: string; readonly meta: string },
  topGateways: number,
): number {
  const header = Math.min(MAX_VPC_HEADER, measure(vpc.title, TITLE_FONT) + measure(vpc.meta, META_FONT) + VPC_CHROME);
  const gateways =
    topGateways === 0 ? 0 : TOP_GATEWAY.start + (topGateways - 1) * TOP_GATEWAY.step + SIZE.leaf.width + 20;
  return roundUp(header + gateways);
}
