import { hasPublicAddress, type VpcLabDocument } from '../model/index.ts';
import { isPublicAddress, parseAddress } from '../net/index.ts';
import type { ExternalId } from './types.ts';

/** The accessible names of the external nodes (ui.md). */
export const EXTERNAL_LABEL: Readonly<Record<ExternalId, string>> = {
  internet: 'Internet',
  s3: 'S3',
  dynamodb: 'DynamoDB',
};

/**
 * Which external nodes a document needs (ui.md, Canvas): Internet for an internet or egress-only
 * gateway, a public address or an intent naming the internet; S3 and DynamoDB when an endpoint,
 * a route, a rule or an intent names the service. One pass over resources and intents.
 */
export function neededExternals(document: VpcLabDocument): ReadonlySet<ExternalId> {
  const found = new Set<ExternalId>();
  const service = (name: string) => {
    if (name === 's3' || name === 'dynamodb') found.add(name);
  };
  for (const r of document.resources) {
    if (hasPublicAddress(r)) found.add('internet');
    switch (r.type) {
      case 'internet-gateway':
      case 'egress-only-internet-gateway':
        found.add('internet');
        break;
      case 'vpc-endpoint':
        service(r.service);
        break;
      case 'route-table':
        for (const route of r.routes) service(route.destination);
        break;
      case 'security-group':
        for (const rule of [...r.inbound, ...r.outbound]) if (rule.prefixList !== undefined) service(rule.prefixList);
        break;
      default:
        break;
    }
  }
  for (const intent of document.intents ?? []) {
    for (const endpoint of [intent.from, intent.to]) {
      service(endpoint);
      if (endpoint === 'internet' || endpoint.startsWith('internet:')) found.add('internet');
      const address = parseAddress(endpoint);
      if (address.ok && isPublicAddress(address.value)) found.add('internet');
    }
  }
  return found;
}
