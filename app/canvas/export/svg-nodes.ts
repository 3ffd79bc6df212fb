import type { Box, DiagramNode } from '../diagram-types.ts';
import { ICON_PATHS, NETWORK_INTERFACE_PATH, TONE } from '../icon-paths.ts';
import type { NodeFacts } from '../node-facts.ts';
import { TONE_COLOR } from '../tones.ts';
import { COLOUR } from './svg-theme.ts';
import { escapeXml, fitLabel, textWidth } from './svg-text.ts';

/** The words a drawn node shows in the page's language. */
export interface NodeWords {
  readonly public: string;
  readonly private: string;
}

const n = (value: number) => String(Math.round(value * 100) / 100);

/** A `<text>` element; `value` is shortened to `width` and escaped. */
export function textElement(
  value: string,
  at: { x: number; y: number },
  size: number,
  options: { width: number; bold?: boolean; fill?: string; anchor?: 'start' | 'middle' | 'end' },
): string {
  const bold = options.bold ?? false;
  const shown = fitLabel(value, options.width, size, bold);
  return (
    `<text x="${n(at.x)}" y="${n(at.y)}" font-size="${size}"${bold ? ' font-weight="600"' : ''}` +
    ` fill="${options.fill ?? COLOUR.text}"${options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : ''}>` +
    `${escapeXml(shown)}</text>`
  );
}

/** A 24-unit line icon drawn `size` pixels wide with its top-left corner at `x`, `y`. */
export function iconElement(
  type: DiagramNode['data']['type'],
  x: number,
  y: number,
  size: number,
  colour: string,
): string {
  return (
    `<path transform="translate(${n(x)} ${n(y)}) scale(${n(size / 24)})" d="${ICON_PATHS[type]}" fill="none"` +
    ` stroke="${colour}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

const toneOf = (type: DiagramNode['data']['type']) => TONE_COLOR[TONE[type]] ?? TONE_COLOR.outside!;

/**
 * One drawn resource as a group: its box, icon and labels, with `data-resource-id` and a
 * `<title>` holding its accessible name and facts in full (a shortened label shows whole there).
 */
export function nodeSvg(node: DiagramNode, box: Box, facts: NodeFacts | undefined, words: NodeWords): string {
  const details = facts?.details ?? [];
  const name = node.ariaLabel ?? node.data.title;
  const title = `<title>${escapeXml([name, ...details].join('\n'))}</title>`;
  const open = `<g data-resource-id="${escapeXml(node.data.resourceId)}" data-kind="${node.type ?? 'resource'}">${title}`;
  switch (node.type) {
    case 'vpc':
      return open + vpcBody(node, box, details) + '</g>';
    case 'subnet':
      return open + subnetBody(node, box, facts, words) + '</g>';
    case 'external':
      return open + externalBody(node, box) + '</g>';
    case 'interface':
      return open + interfaceBody(node, box, details) + '</g>';
    default:
      return open + tileBody(node, box, details) + '</g>';
  }
}

/** As on the canvas, the VPC's header sits at its top-right, clear of the gateways on its top edge. */
function vpcBody(node: DiagramNode, { x, y, width, height }: Box, details: readonly string[]): string {
  const meta = details.join(' · ');
  const room = width - 54;
  const metaWidth = meta ? Math.min(textWidth(meta, 12), room / 2) : 0;
  const titleWidth = Math.min(textWidth(node.data.title, 14, true), room - metaWidth - (meta ? 10 : 0));
  const metaEnd = x + width - 12;
  const titleEnd = meta ? metaEnd - metaWidth - 10 : metaEnd;
  return (
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="10" fill="${COLOUR.network}"` +
    ` fill-opacity="0.04" stroke="${COLOUR.network}" stroke-width="2"/>` +
    iconElement('vpc', titleEnd - titleWidth - 24, y + 10, 18, COLOUR.network) +
    textElement(node.data.title, { x: titleEnd, y: y + 24 }, 14, { width: titleWidth, bold: true, anchor: 'end' }) +
    (meta
      ? textElement(meta, { x: metaEnd, y: y + 24 }, 12, { width: metaWidth, fill: COLOUR.muted, anchor: 'end' })
      : '')
  );
}

function subnetBody(
  node: DiagramNode,
  { x, y, width, height }: Box,
  facts: NodeFacts | undefined,
  words: NodeWords,
): string {
  const open = facts?.public === true;
  const colour = open ? COLOUR.public : COLOUR.private;
  const [cidr = '', az = ''] = facts?.details ?? [];
  const badge = open ? words.public : words.private;
  const badgeWidth = textWidth(badge, 11, true) + 16;
  const factsWidth = width - 46;
  const cidrWidth = Math.min(textWidth(cidr, 12), factsWidth);
  return (
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="10" fill="${colour}"` +
    ` fill-opacity="0.05" stroke="${colour}" stroke-width="1.5"${open ? '' : ' stroke-dasharray="6 4"'}/>` +
    iconElement('subnet', x + 12, y + 9, 16, colour) +
    textElement(node.data.title, { x: x + 34, y: y + 22 }, 13, { width: width - 58 - badgeWidth, bold: true }) +
    `<rect x="${n(x + width - 12 - badgeWidth)}" y="${n(y + 8)}" width="${n(badgeWidth)}" height="18" rx="9" fill="${colour}"/>` +
    textElement(badge, { x: x + width - 12 - badgeWidth / 2, y: y + 21 }, 11, {
      width: badgeWidth,
      bold: true,
      fill: '#ffffff',
      anchor: 'middle',
    }) +
    textElement(cidr, { x: x + 34, y: y + 40 }, 12, { width: factsWidth, fill: COLOUR.muted }) +
    (az
      ? textElement(az, { x: x + 44 + cidrWidth, y: y + 40 }, 12, {
          width: Math.max(0, factsWidth - cidrWidth - 10),
          fill: COLOUR.muted,
        })
      : '')
  );
}

function tileBody(node: DiagramNode, { x, y, width, height }: Box, details: readonly string[]): string {
  const tone = toneOf(node.data.type);
  const cx = x + width / 2;
  const detail = details[0];
  return (
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="8" fill="${COLOUR.tileFill}"` +
    ` stroke="${COLOUR.tileBorder}" stroke-width="1"/>` +
    `<rect x="${n(cx - 14)}" y="${n(y + 5)}" width="28" height="28" rx="6" fill="${tone}" fill-opacity="0.12"/>` +
    iconElement(node.data.type, cx - 11, y + 8, 22, tone) +
    textElement(node.data.title, { x: cx, y: y + 46 }, 12, { width: width - 10, bold: true, anchor: 'middle' }) +
    (detail
      ? textElement(detail, { x: cx, y: y + 58 }, 10, { width: width - 10, fill: COLOUR.muted, anchor: 'middle' })
      : '')
  );
}

/** As on the canvas: a small card with the instance's tone down its left side, name, address and instance. */
function interfaceBody(node: DiagramNode, { x, y, width, height }: Box, details: readonly string[]): string {
  const tone = toneOf('instance');
  const address = details[0] ?? '';
  const owner = node.data.networkInterface?.instanceTitle ?? '';
  return (
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="6" fill="${COLOUR.tileFill}"` +
    ` stroke="${COLOUR.tileBorder}" stroke-width="1"/>` +
    `<rect x="${n(x)}" y="${n(y)}" width="3" height="${n(height)}" fill="${tone}"/>` +
    `<path transform="translate(${n(x + 7)} ${n(y + 5)}) scale(${n(15 / 24)})" d="${NETWORK_INTERFACE_PATH}"` +
    ` fill="none" stroke="${tone}" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>` +
    textElement(node.data.title, { x: x + 25, y: y + 16 }, 11, { width: width - 30, bold: true }) +
    (address ? textElement(address, { x: x + 8, y: y + 30 }, 10, { width: width - 12 }) : '') +
    textElement(owner, { x: x + 8, y: y + 43 }, 10, { width: width - 12, fill: COLOUR.muted })
  );
}

function externalBody(node: DiagramNode, { x, y, width, height }: Box): string {
  const tone = toneOf(node.data.type);
  const cx = x + width / 2;
  return (
    `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${n(Math.min(32, height / 2))}"` +
    ` fill="${COLOUR.externalFill}" stroke="${COLOUR.tileBorder}" stroke-width="1" stroke-dasharray="4 3"/>` +
    iconElement(node.data.type, cx - 13, y + 8, 26, tone) +
    textElement(node.data.title, { x: cx, y: y + 52 }, 12, { width: width - 16, bold: true, anchor: 'middle' })
  );
}
