import type { Passing } from '../../engine/index.ts';

/** What passes of a protocol "all" query, as one line: "tcp 22, 443; udp all; icmp" ("nothing" when empty). */
export function passingText(passing: readonly Passing[]): string {
  return passing.map((p) => (p.ports === '' ? p.protocol : `${p.protocol} ${p.ports}`)).join('; ') || 'nothing';
}
