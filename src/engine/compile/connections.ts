import type { AddressPlan, DocumentIndex } from '../../model/index.ts';
import { cidrOverlaps, formatCidr, type Cidr } from '../../net/index.ts';
import type {
  COnPremises,
  CPeering,
  CSubnet,
  CTgwAttachment,
  CTgwRoute,
  CTransitGateway,
  CVpc,
  CVpnGateway,
} from '../compiled.ts';
import { compareTgwRoutes } from '../routing.ts';
import { block } from './rules.ts';

export function compilePeerings(index: DocumentIndex, vpcs: Map<string, CVpc>): Map<string, CPeering> {
  const peerings = new Map<string, CPeering>();
  for (const pcx of index.ofType('peering-connection')) {
    const a = vpcs.get(pcx.requester);
    const b = vpcs.get(pcx.accepter);
    if (!a || !b || a === b || peerings.has(pcx.id)) continue;
    const overlapping = blocksOf(a).some((x) => blocksOf(b).some((y) => cidrOverlaps(x, y)));
    const compiled: CPeering = { id: pcx.id, requester: a.id, accepter: b.id, overlapping };
    peerings.set(pcx.id, compiled);
    if (!a.peerings.has(b.id)) a.peerings.set(b.id, compiled);
    if (!b.peerings.has(a.id)) b.peerings.set(a.id, compiled);
  }
  return peerings;
}

const blocksOf = (vpc: CVpc): Cidr[] => [...vpc.blocks4, ...vpc.blocks6];

export function compileOnPremises(index: DocumentIndex, plan: AddressPlan): Map<string, COnPremises> {
  const networks = new Map<string, COnPremises>();
  for (const onPrem of index.ofType('on-premises')) {
    const via = index.byId.get(onPrem.via);
    if (!via || (via.type !== 'vpn-gateway' && via.type !== 'transit-gateway') || networks.has(onPrem.id)) continue;
    const blocks = onPrem.cidrs.map(block).filter((b): b is Cidr => b !== undefined);
    const first6 = blocks.find((b) => b.version === 6);
    const address = plan.onPremises.get(onPrem.id);
    networks.set(onPrem.id, {
      id: onPrem.id,
      blocks,
      via: via.id,
      viaType: via.type,
      link: onPrem.link,
      address4: address?.version === 4 ? address.value : undefined,
      address6: first6?.version === 6 ? first6.first + 1n : undefined,
    });
  }
  return networks;
}

export function compileVpnGateways(index: DocumentIndex, networks: Map<string, COnPremises>): Map<string, CVpnGateway> {
  const gateways = new Map<string, CVpnGateway>();
  for (const vgw of index.ofType('vpn-gateway')) {
    if (gateways.has(vgw.id)) continue;
    gateways.set(vgw.id, {
      id: vgw.id,
      vpc: vgw.vpc,
      onPremises: [...networks.values()].filter((n) => n.via === vgw.id),
    });
  }
  return gateways;
}

/**
 * A transit gateway's single route table: every attached VPC's blocks and every attached
 * on-premises network's CIDRs propagate (a VPC overlapping one attached before it does not),
 * and static routes override propagated ones of the same prefix.
 */
export function compileTransitGateways(
  index: DocumentIndex,
  vpcs: Map<string, CVpc>,
  subnets: Map<string, CSubnet>,
  networks: Map<string, COnPremises>,
): Map<string, CTransitGateway> {
  const gateways = new Map<string, CTransitGateway>();
  for (const tgw of index.ofType('transit-gateway')) {
    if (gateways.has(tgw.id)) continue;
    const attachments = new Map<string, CTgwAttachment>();
    const routes: CTgwRoute[] = [];
    const propagated: Cidr[] = [];
    const propagate = (destination: Cidr, attachment: string) => {
      if (propagated.some((p) => cidrOverlaps(p, destination))) return;
      propagated.push(destination);
      routes.push({ destination, label: formatCidr(destination), attachment, origin: 'propagated' });
    };
    for (const attachment of tgw.attachments) {
      const vpc = vpcs.get(attachment.vpc);
      if (!vpc || attachments.has(vpc.id)) continue;
      const attached: CTgwAttachment = {
        tgw: tgw.id,
        vpc: vpc.id,
        subnets: attachment.subnets.flatMap((id) => {
          const subnet = subnets.get(id);
          return subnet && subnet.vpc === vpc ? [subnet] : [];
        }),
      };
      attachments.set(vpc.id, attached);
      vpc.tgwAttachments.set(tgw.id, attached);
      const overlapsEarlier = blocksOf(vpc).some((b) => propagated.some((p) => cidrOverlaps(p, b)));
      if (!overlapsEarlier) for (const b of blocksOf(vpc)) propagate(b, vpc.id);
    }
    for (const network of networks.values()) {
      if (network.via === tgw.id) for (const b of network.blocks) propagate(b, network.id);
    }
    const statics = new Map<string, CTgwRoute>();
    for (const route of tgw.routes ?? []) {
      const destination = block(route.destination);
      if (!destination) continue;
      const label = formatCidr(destination);
      statics.set(label, {
        destination,
        label,
        attachment: route.attachment === 'blackhole' ? null : route.attachment,
        origin: 'static',
      });
    }
    const merged = [...routes.filter((r) => !statics.has(r.label)), ...statics.values()].sort(compareTgwRoutes);
    gateways.set(tgw.id, {
      id: tgw.id,
      attachments,
      routes4: merged.filter((r) => r.destination.version === 4),
      routes6: merged.filter((r) => r.destination.version === 6),
    });
  }
  return gateways;
}
