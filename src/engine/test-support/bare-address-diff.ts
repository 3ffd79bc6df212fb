import { indexDocument, type VpcLabDocument } from '../../model/index.ts';
import { formatIpv4, formatIpv6 } from '../../net/index.ts';
import { compileDocument, traceFlow } from '../index.ts';
import { referenceVerdict, type ReferenceProtocol } from '../reference/index.ts';
import { versionsOf } from './differential.ts';
import { createPrng } from './prng.ts';

/**
 * Differential testing of flows to bare private addresses (semantics.md, "A flow": a bare
 * address is that address): the engine's trace against the reference, from the internet and
 * from resources, to the private address of an interface. Only addresses held by one interface
 * are asked (overlapping VPCs may reuse one), and a sample of flows per document.
 */
const PROBES: readonly [ReferenceProtocol, number | undefined][] = [
  ['tcp', 22],
  ['tcp', 443],
  ['udp', 53],
  ['icmp', undefined],
  ['other', undefined],
];

/** Each disagreement, described; empty when the engine and the reference agree. */
export function diffBareAddresses(document: VpcLabDocument, seed: number, flows = 24): string[] {
  const index = indexDocument(document);
  const compiled = compileDocument(document, index);
  const rng = createPrng(seed ^ 0xba5e);
  const out: string[] = [];
  for (const version of versionsOf(document)) {
    const held = new Map<string, number>();
    for (const resource of compiled.resources.values()) {
      for (const eni of resource.enis) {
        const address =
          version === 4 ? formatIpv4(eni.ipv4) : eni.ipv6 === undefined ? undefined : formatIpv6(eni.ipv6);
        if (address !== undefined) held.set(address, (held.get(address) ?? 0) + 1);
      }
    }
    const addresses = [...held].flatMap(([address, count]) => (count === 1 ? [address] : []));
    const sources = ['internet', ...[...compiled.resources.values()].filter((r) => r.enis.length > 0).map((r) => r.id)];
    if (addresses.length === 0) continue;
    for (let i = 0; i < flows; i++) {
      const from = rng.pick(sources);
      const to = rng.pick(addresses);
      const [protocol, port] = rng.pick(PROBES);
      const outcome = traceFlow(compiled, index, {
        from,
        to,
        protocol: protocol === 'other' ? 47 : protocol,
        port,
        ipVersion: version,
      });
      const engine = outcome.ok ? outcome.result.verdict : `error: ${outcome.error}`;
      const reference = referenceVerdict(document, from, to, protocol, port, version);
      if (engine !== reference) {
        out.push(`IPv${version} ${from} -> ${to} ${protocol} ${port ?? ''}: engine ${engine}, reference ${reference}`);
      }
    }
  }
  return out;
}
