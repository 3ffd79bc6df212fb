import { failed, parsed, type Parsed } from './result.ts';
import type { Range, RangeSet } from './range-set.ts';
import { whitespaceProblem } from './whitespace.ts';

export const PORT_MIN = 0;
export const PORT_MAX = 65535;
export const ALL_PORTS: Range = { from: PORT_MIN, to: PORT_MAX };
export const ALL_PORTS_SET: RangeSet = [ALL_PORTS];

/**
 * Parses a document's port text: `"22"` or `"1024-65535"`; undefined means every port.
 * Whitespace is refused, as in a CIDR (whitespace.ts), not trimmed.
 * @example parsePorts('1024-65535') // { ok: true, value: { from: 1024, to: 65535 } }
 */
export function parsePorts(text: string | undefined): Parsed<Range> {
  if (text === undefined) return parsed(ALL_PORTS);
  const blank = whitespaceProblem(text);
  if (blank !== undefined) return failed(blank);
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match)
    return failed(`"${text}" is not a port or port range (expected a number like "22" or a range like "1024-65535")`);
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from > PORT_MAX || to > PORT_MAX) return failed(`"${text}" is outside the port range 0-65535`);
  if (from > to) return failed(`"${text}" is a backwards range; write the lower port first ("${to}-${from}")`);
  return parsed({ from, to });
}

/** Formats a range as the document writes it: `"22"`, `"1024-65535"`, or `"all"` for every port. */
export function formatPorts(range: Range): string {
  if (range.from === PORT_MIN && range.to === PORT_MAX) return 'all';
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}

/** Formats a (normalised) port set for people: `"22, 80, 1024-65535"`, `"all"` or `"none"`. */
export function formatPortSet(set: RangeSet): string {
  if (set.length === 0) return 'none';
  return set.map(formatPorts).join(', ');
}
