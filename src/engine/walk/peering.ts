import { ipText } from '../address.ts';
import type { CVpc } from '../compiled.ts';
import { explain } from '../explain.ts';
import { STOPPED, type Outcome, type Walk } from './context.ts';
import { crossSubnets } from './filters.ts';
import { eniInVpc, vpcContains } from './lookup.ts';
import type { Packet } from './packet.ts';
import { arriveAt } from './route.ts';
import { explainForeignNat } from './nat.ts';

/**
 * Crossing a peering connection. Only addresses inside the peer VPC are carried (peering is
 * not transitive, and a peer cannot use the other side's gateways), and the packet is
 * delivered straight to the interface that owns the address: never routed onwards.
 */
export function peeringEgress(walk: Walk, vpc: CVpc, pcxId: string, packet: Packet): Outcome {
  if (walk.finished) return STOPPED;
  const pcx = walk.compiled.peerings.get(pcxId);
  if (!pcx) return walk.stop('INVALID_COMPONENT', pcxId, () => explain.invalid(pcxId));
  const peerId = pcx.requester === vpc.id ? pcx.accepter : pcx.requester;
  const peer = walk.compiled.vpcs.get(peerId);
  if (!peer) return walk.stop('INVALID_COMPONENT', pcxId, () => explain.invalid(pcxId));
  if (pcx.overlapping) {
    if (walk.record) walk.hop(pcxId, 'peering-connection', 'drop', packet, { kind: 'peeringOverlap' });
    return walk.stop('PCX_OVERLAPPING_CIDRS', pcxId, () => explain.peeringOverlap(pcxId));
  }
  if (!vpcContains(peer, packet.destination)) {
    if (walk.record)
      walk.hop(pcxId, 'peering-connection', 'drop', packet, {
        kind: 'notInPeerVpc',
        destination: ipText(packet.destination),
        vpc: peer.id,
      });
    const outcome = walk.stop('PCX_REQUIRES_ADDRESS_IN_VPC_CIDR', pcxId, () =>
      explain.peeringNotTransitive(pcxId, ipText(packet.destination), peer.id),
    );
    explainForeignNat(walk, peer, packet, 'a peering connection');
    return outcome;
  }
  if (walk.record) walk.hop(pcxId, 'peering-connection', 'forward', packet, { kind: 'carriesInto', vpc: peer.id });
  const eni = eniInVpc(peer, packet.destination);
  if (!eni)
    return walk.stop('DESTINATION_NOT_LISTENING', peer.id, () =>
      explain.noSuchAddress(ipText(packet.destination), peer.id),
    );
  const inside: Packet = { ...packet, arrival: 'peering' };
  crossSubnets(walk, undefined, eni.subnet, inside);
  return arriveAt(walk, eni, inside);
}
