import { ipText, inAnyBlock } from '../address.ts';
import { explain } from '../explain.ts';
import { STOPPED, type Outcome, type Walk } from './context.ts';
import { crossSubnets } from './filters.ts';
import { eniInVpc } from './lookup.ts';
import type { Packet } from './packet.ts';
import { arriveAt } from './route.ts';
import { explainForeignNat } from './nat.ts';

/** Leaving a VPC through its virtual private gateway, to the on-premises networks it serves. */
export function vgwEgress(walk: Walk, vgwId: string, packet: Packet): Outcome {
  if (walk.finished) return STOPPED;
  const vgw = walk.compiled.vpnGateways.get(vgwId);
  if (!vgw) return walk.stop('INVALID_COMPONENT', vgwId, () => explain.invalid(vgwId));
  const network = vgw.onPremises.find((o) => inAnyBlock(o.blocks, packet.destination));
  if (!network) {
    if (walk.record)
      walk.hop(vgwId, 'vpn-gateway', 'drop', packet, {
        kind: 'notOnPremises',
        destination: ipText(packet.destination),
      });
    return walk.stop('NO_ROUTE_TO_DESTINATION', vgwId, () => explain.vgwOutside(vgwId, ipText(packet.destination)));
  }
  if (walk.record)
    walk.hop(vgwId, 'vpn-gateway', 'forward', packet, {
      kind: 'sendsOverLink',
      link: network.link,
      network: network.id,
    });
  return { kind: 'on-premises', id: network.id, packet };
}

/**
 * Arriving from on-premises through a virtual private gateway: delivered only to private
 * addresses of interfaces in its VPC, never onwards to a gateway or endpoint.
 */
export function vgwIngress(walk: Walk, vgwId: string, packet: Packet): Outcome {
  if (walk.finished) return STOPPED;
  const vgw = walk.compiled.vpnGateways.get(vgwId);
  const vpc = vgw ? walk.compiled.vpcs.get(vgw.vpc) : undefined;
  if (!vgw || !vpc) return walk.stop('INVALID_COMPONENT', vgwId, () => explain.invalid(vgwId));
  const eni = eniInVpc(vpc, packet.destination);
  if (!eni) {
    if (walk.record)
      walk.hop(vgwId, 'vpn-gateway', 'drop', packet, {
        kind: 'notPrivateInVpc',
        destination: ipText(packet.destination),
        vpc: vpc.id,
      });
    const outcome = walk.stop(
      'VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS',
      vgwId,
      () => explain.vgwIngress(vgwId, ipText(packet.destination)),
      'ingress',
    );
    explainForeignNat(walk, vpc, packet, 'the VPN or Direct Connect');
    return outcome;
  }
  const inside: Packet = { ...packet, arrival: 'vpn' };
  if (walk.record) walk.hop(vgwId, 'vpn-gateway', 'forward', inside, { kind: 'deliversInto', vpc: vpc.id });
  crossSubnets(walk, undefined, eni.subnet, inside);
  return arriveAt(walk, eni, inside);
}
