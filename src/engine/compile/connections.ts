import { tgwAttachmentIds, type AddressPlan, type DocumentIndex } from '../../model/index.ts';
import { cidrOverlaps, type Cidr } from '../../net/index.ts';
import type {
  COnPremises,
  CPeering,
  CSubnet,
  CTgwAttachment,
  CTransitGateway,
  CVpc,
  CVpnGateway,
} from '../compiled.ts';
import { block } from './rules.ts';
import { compileTgwTables } from './transit-tables.ts';

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

/** Transit gateways: VPC attachments (their subnets), peers, and route tables (transit-tables.ts). */
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
    const attachedVpcs = new Map<string, CVpc>();
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
      attachedVpcs.set(vpc.id, vpc);
      vpc.tgwAttachments.set(tgw.id, attached);
    }
    const peers = new Set(
      tgwAttachmentIds(index.resources, tgw).peers.filter((id) => index.get(id, 'transit-gateway') !== undefined),
    );
    const { tables, associations } = compileTgwTables(index, tgw, attachedVpcs, networks);
    gateways.set(tgw.id, { id: tgw.id, attachments, peers, tables, associations });
  }
  return gateways;
}
