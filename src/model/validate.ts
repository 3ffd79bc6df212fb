import type { ValidationIssue } from './issues.ts';
import type { VpcLabDocument } from './schema.ts';
import { validateAnnotations } from './validate-annotations.ts';
import { validateAddresses } from './validate-addresses.ts';
import { createContext, type ValidationContext } from './validate-context.ts';
import { validateGateways } from './validate-gateways.ts';
import { validateIds } from './validate-ids.ts';
import { validateIntents } from './validate-intents.ts';
import { validateLayout } from './validate-layout.ts';
import { validateLoadBalancers } from './validate-load-balancers.ts';
import { validateNetworkAcls } from './validate-network-acls.ts';
import { validateNetworkInterfaces } from './validate-network-interfaces.ts';
import { validatePeering } from './validate-peering.ts';
import { validatePlacement } from './validate-placement.ts';
import { validatePrefixLists } from './validate-prefix-lists.ts';
import { validateRouteTables } from './validate-route-tables.ts';
import { validateSecurityGroupAttachments } from './validate-security-group-attachments.ts';
import { validateSecurityGroups } from './validate-security-groups.ts';
import { validateSubnets } from './validate-subnets.ts';
import { validateTransitGatewayRouteTables } from './validate-transit-gateway-route-tables.ts';
import { validateTransitGateways } from './validate-transit-gateways.ts';
import { validateVpcEndpoints } from './validate-vpc-endpoints.ts';
import { validateVpcs } from './validate-vpcs.ts';

/** The semantic checks, one concern each, in a fixed order so issue lists are stable. */
const VALIDATORS: readonly ((context: ValidationContext) => void)[] = [
  validateIds,
  validateVpcs,
  validateSubnets,
  validateRouteTables,
  validateNetworkAcls,
  validateSecurityGroups,
  validatePrefixLists,
  validateGateways,
  validatePlacement,
  validateSecurityGroupAttachments,
  validateNetworkInterfaces,
  validateLoadBalancers,
  validatePeering,
  validateTransitGateways,
  validateTransitGatewayRouteTables,
  validateVpcEndpoints,
  validateAddresses,
  validateIntents,
  validateLayout,
  validateAnnotations,
];

/**
 * Runs every semantic rule of format.md on a structurally valid document and returns all
 * issues (errors and findings) at once, never stopping at the first.
 */
export function validateSemantics(document: VpcLabDocument): ValidationIssue[] {
  const context = createContext(document);
  for (const validator of VALIDATORS) validator(context);
  return context.issues;
}
