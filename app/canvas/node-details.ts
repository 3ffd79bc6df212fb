import type { DocumentIndex, Resource } from '../../src/model/index.ts';
import { hasPublicAddress, isPublicSubnet } from '../../src/model/index.ts';

/** The short facts a node shows under its title, per type. */
export function nodeDetails(index: DocumentIndex, r: Resource): string[] {
  switch (r.type) {
    case 'vpc':
      return [[...r.cidrBlocks, ...(r.ipv6CidrBlocks ?? [])].join(', ')];
    case 'subnet':
      return [r.cidr, `AZ ${r.az}`, isPublicSubnet(index, r) ? 'public' : 'private'];
    case 'instance':
      return [r.privateIp ?? '', hasPublicAddress(r) ? 'public IP' : ''].filter(Boolean);
    case 'nat-gateway':
      return [r.connectivity ?? 'public'];
    case 'database':
      return [r.engine];
    case 'load-balancer':
      return [`${r.kind === 'application' ? 'ALB' : 'NLB'} ${r.scheme}`];
    case 'vpc-endpoint':
      return [`${r.service} ${r.kind}`];
    case 'on-premises':
      return [r.cidrs.join(', '), r.link === 'direct-connect' ? 'Direct Connect' : 'VPN'];
    case 'transit-gateway':
      return [`${r.attachments.length} attachment${r.attachments.length === 1 ? '' : 's'}`];
    default:
      return [];
  }
}
