/**
 * The VPC Lab document model: schema and types, parsing and validation with clear messages,
 * format versions and migrations, implicit defaults, the shared index and address assignment.
 */
export * from './schema.ts';
export type { ValidationIssue, ValidationParams, ValidationReport, Severity } from './issues.ts';
export { error as issueError, jsonPath, toReport } from './issues.ts';
export { parseDocumentText, validateDocument } from './parse.ts';
export { checkNestingDepth, MAX_NESTING_DEPTH } from './nesting.ts';
export { decodeDocumentBytes, type DecodedText } from './decode-text.ts';
export { validateSemantics } from './validate.ts';
export { CURRENT_VERSION, FORMAT_NAME, checkEnvelope } from './version.ts';
export { MIGRATIONS, migrateDocument, type Migration, type MigrateOptions, type MigrateResult } from './migrate.ts';
export * from './ids.ts';
export {
  DEFAULT_GROUP_NAME,
  implicitDefaultNetworkAcl,
  implicitDefaultSecurityGroup,
  implicitMainRouteTable,
  implicitResources,
  isNamedDefaultGroup,
  withImplicitResources,
} from './implicit.ts';
export {
  effectiveNetworkAcl,
  effectiveRouteTable,
  effectiveSecurityGroups,
  isPublicSubnet,
  routesAllToInternetGateway,
} from './effective.ts';
export {
  allTgwAttachments,
  effectiveTgwTables,
  tgwAttachmentIds,
  tgwTableResources,
  type EffectiveTgwTable,
  type TgwAttachmentIds,
} from './transit-tables.ts';
export { hasPublicAddress } from './public-address.ts';
export { indexDocument, type DocumentIndex } from './document-index.ts';
export {
  isTrafficCapable,
  LOAD_BALANCER_TARGET_TYPES,
  ROUTE_TARGET_TYPES,
  securityGroupsField,
  subnetsOf,
  TRAFFIC_CAPABLE_TYPES,
} from './resource-kinds.ts';
export { resolveEndpoint, type EndpointResult, type ResolvedEndpoint } from './endpoints.ts';
export { assignAddresses, onPremisesAddress, type AddressPlan, type AssignedAddress } from './addresses.ts';
export { TYPE_LABEL, aType, named, typeWord } from './labels.ts';
export { assertNever } from './assert-never.ts';
export { MAX_SECURITY_GROUPS } from './validate-security-group-attachments.ts';
export { SUBNET_LIMITS } from './validate-subnets.ts';
export { buildResourceSearch, type ResourceSearch, type SearchEntry, type SearchResult } from './resource-search.ts';
export { namesPrefixList, prefixListNamed } from './prefix-lists.ts';
export {
  defaultInterfaceName,
  findInterface,
  instanceInterfaces,
  interfaceSecurityGroups,
  interfacesOf,
  isMultiHomed,
  MAX_NETWORK_INTERFACES,
  type InstanceInterface,
} from './network-interfaces.ts';
