import { resolve } from './references.ts';
import type { ValidationContext } from './validate-context.ts';

/** Gateways attached to a VPC, and on-premises networks with the gateway they connect through. */
export function validateGateways(context: ValidationContext): void {
  for (const resource of context.document.resources) {
    switch (resource.type) {
      case 'internet-gateway':
      case 'egress-only-internet-gateway':
      case 'vpn-gateway':
        resolve(context, { owner: resource, segments: ['vpc'], label: 'vpc', id: resource.vpc, types: ['vpc'] });
        break;
      case 'on-premises':
        resolve(context, {
          owner: resource,
          segments: ['via'],
          label: 'via',
          id: resource.via,
          types: ['vpn-gateway', 'transit-gateway'],
        });
        resource.cidrs.forEach((text, i) => context.checkCidr(resource, ['cidrs', i], 'CIDR', text));
        break;
      default:
        break;
    }
  }
}
