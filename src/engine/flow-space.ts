import { formatPortSet } from '../net/ports.ts';
import { intersect, overlaps, rangeSet, subtract, type Range, type RangeSet } from '../net/range-set.ts';

/**
 * The flow space: every (protocol, destination port) a flow can have, laid on one integer
 * line so that one range set, and one walk, covers TCP and UDP on every port, ICMP and other
 * protocols at once. A rule becomes the part of the line it matches; a filter is an
 * intersection. A trace is the same walk over a single point.
 *
 *   TCP port p -> p, UDP port p -> 65536 + p, ICMP (ICMPv6 for IPv6 flows) -> 131072,
 *   other protocols (GRE, 47, stands for all of them) -> 131073.
 */
export const UDP_BASE = 65536;
export const ICMP_POINT = 131072;
export const OTHER_POINT = 131073;
export const OTHER_PROTOCOL = 47;

const TCP_SEGMENT: Range = { from: 0, to: 65535 };
const UDP_SEGMENT: Range = { from: UDP_BASE, to: UDP_BASE + 65535 };
const ICMP_SEGMENT: Range = { from: ICMP_POINT, to: ICMP_POINT };
const OTHER_SEGMENT: Range = { from: OTHER_POINT, to: OTHER_POINT };
export const SEGMENTS: readonly Range[] = [TCP_SEGMENT, UDP_SEGMENT, ICMP_SEGMENT, OTHER_SEGMENT];

/** Everything: all ports of TCP and UDP, ICMP and other protocols. */
export const WHOLE_SPACE: RangeSet = [{ from: 0, to: OTHER_POINT }];

/** TCP and UDP on every port, and ICMP: everything but the other protocols (what a NAT gateway carries). */
export const TCP_UDP_AND_ICMP: RangeSet = [{ from: 0, to: ICMP_POINT }];

/** The part of the line a protocol occupies (protocol numbers: 6, 17, 1 or 58, anything else is "other"). */
export function segmentOf(protocol: number): Range {
  if (protocol === 6) return TCP_SEGMENT;
  if (protocol === 17) return UDP_SEGMENT;
  if (protocol === 1 || protocol === 58) return ICMP_SEGMENT;
  return OTHER_SEGMENT;
}

/**
 * What a rule of this protocol and port range matches, for flows of one IP version. ICMP (1)
 * only matches IPv4 flows and ICMPv6 (58) only IPv6 ones; a protocol other than TCP, UDP and
 * ICMP matches the "other" point only when it is the protocol that point stands for.
 */
export function ruleSpace(protocol: number, ports: Range, version: 4 | 6): RangeSet {
  switch (protocol) {
    case -1:
      return WHOLE_SPACE;
    case 6:
      return [ports];
    case 17:
      return [{ from: UDP_BASE + ports.from, to: UDP_BASE + ports.to }];
    case 1:
      return version === 4 ? [ICMP_SEGMENT] : [];
    case 58:
      return version === 6 ? [ICMP_SEGMENT] : [];
    default:
      return protocol === OTHER_PROTOCOL ? [OTHER_SEGMENT] : [];
  }
}

/**
 * The set without the other protocols (what a NAT gateway drops). The other protocols' point
 * is the end of the line, so only the last range can hold it; a set without it comes back as is.
 */
export function withoutOther(set: RangeSet): RangeSet {
  const last = set[set.length - 1];
  if (last === undefined || last.to !== OTHER_POINT) return set;
  if (set.length === 1 && last.from === 0) return TCP_UDP_AND_ICMP;
  const rest = set.slice(0, -1);
  if (last.from < OTHER_POINT) rest.push({ from: last.from, to: ICMP_POINT });
  return rest;
}

/** A single flow: one protocol, and one port for TCP and UDP. */
export function pointOf(protocol: number, port: number | undefined): RangeSet {
  if (protocol === 6) return [{ from: port!, to: port! }];
  if (protocol === 17) return [{ from: UDP_BASE + port!, to: UDP_BASE + port! }];
  return [segmentOf(protocol)];
}

/** A port range placed in the TCP and UDP parts present in `like` (the other points kept as they are). */
export function portsLike(like: RangeSet, ports: Range): RangeSet {
  // The answer depends only on which protocols `like` touches: memoised per range and protocol
  // mask, since every walk of the all-pairs analysis asks for its client's ports.
  let mask = 0;
  for (let i = 0; i < SEGMENTS.length; i++) if (overlaps(like, SEGMENTS[i]!)) mask |= 1 << i;
  let byMask = portsLikeMemo.get(ports);
  if (!byMask) portsLikeMemo.set(ports, (byMask = []));
  return (byMask[mask] ??= portsOnSegments(mask, ports));
}

const portsLikeMemo = new WeakMap<Range, RangeSet[]>();

function portsOnSegments(mask: number, ports: Range): RangeSet {
  const out: Range[] = [];
  if (mask & 1) out.push(ports);
  if (mask & 2) out.push({ from: UDP_BASE + ports.from, to: UDP_BASE + ports.to });
  if (mask & 4) out.push(ICMP_SEGMENT);
  if (mask & 8) out.push(OTHER_SEGMENT);
  return rangeSet(out);
}

/** Removes every protocol that lost any part of its range: a reply needs all its ports. */
export function withoutTouchedSegments(set: RangeSet, denied: RangeSet): RangeSet {
  let out = set;
  for (const segment of SEGMENTS) if (overlaps(denied, segment)) out = subtract(out, [segment]);
  return out;
}

/** The TCP or UDP ports of a flow-space set, as ordinary port numbers. */
export function portsOf(set: RangeSet, protocol: 6 | 17): RangeSet {
  const base = protocol === 6 ? 0 : UDP_BASE;
  return intersect(set, [protocol === 6 ? TCP_SEGMENT : UDP_SEGMENT]).map((r) => ({
    from: r.from - base,
    to: r.to - base,
  }));
}

export const hasIcmp = (set: RangeSet): boolean => overlaps(set, ICMP_SEGMENT);
export const hasOther = (set: RangeSet): boolean => overlaps(set, OTHER_SEGMENT);

/**
 * The parts describeSpace words, for wording them in another language: `tcp`/`udp` are port
 * lists as formatPortSet writes them ("all" for every port), `all` means every flow.
 */
export interface SpaceParts {
  readonly all?: true;
  readonly tcp?: string;
  readonly udp?: string;
  readonly icmp?: 'ICMP' | 'ICMPv6';
  readonly other?: true;
}

export function spaceParts(set: RangeSet, version: 4 | 6 = 4): SpaceParts {
  if (set.length === 1 && set[0]!.from === 0 && set[0]!.to === OTHER_POINT) return { all: true };
  const tcp = portsOf(set, 6);
  const udp = portsOf(set, 17);
  return {
    ...(tcp.length ? { tcp: formatPortSet(tcp) } : {}),
    ...(udp.length ? { udp: formatPortSet(udp) } : {}),
    ...(hasIcmp(set) ? { icmp: version === 6 ? ('ICMPv6' as const) : ('ICMP' as const) } : {}),
    ...(hasOther(set) ? { other: true as const } : {}),
  };
}

/** For people: "TCP port 443", "TCP ports 22, 80 and UDP port 53", "ICMP", "all traffic". */
export function describeSpace(set: RangeSet, version: 4 | 6 = 4): string {
  if (set.length === 1 && set[0]!.from === 0 && set[0]!.to === OTHER_POINT) return 'all traffic';
  const parts: string[] = [];
  for (const protocol of [6, 17] as const) {
    const ports = portsOf(set, protocol);
    if (!ports.length) continue;
    const text = formatPortSet(ports);
    const name = protocol === 6 ? 'TCP' : 'UDP';
    parts.push(
      text === 'all'
        ? `all ${name} ports`
        : `${name} port${ports.length > 1 || ports[0]!.from !== ports[0]!.to ? 's' : ''} ${text}`,
    );
  }
  if (hasIcmp(set)) parts.push(version === 6 ? 'ICMPv6' : 'ICMP');
  if (hasOther(set)) parts.push('other protocols');
  return parts.join(', ') || 'nothing';
}
