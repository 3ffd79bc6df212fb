import type { ExplanationCode } from '../engine/codes.ts';
import type { ResourceType } from '../model/index.ts';
import type { TermId } from './terms.ts';

/**
 * Which glossary term explains each thing the page shows: an explanation code of a trace, a
 * finding code, a palette item, an inspector field. The "Learn more" buttons read these; the
 * tests require every code, finding, palette item and concept field to have its term.
 */

/** The concept a learner must understand to fix what the explanation reports. */
export const CODE_TERMS: Readonly<Record<ExplanationCode, TermId>> = {
  ENI_SG_RULES_MISMATCH: 'security-group',
  NO_ROUTE_TO_DESTINATION: 'route-table',
  BAD_STATE_ROUTE: 'route-table',
  SUBNET_ACL_RESTRICTION: 'network-acl',
  IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: 'public-ip',
  IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS: 'internet-gateway',
  IGW_DESTINATION_ADDRESS_NOT_IN_RFC6598_EGRESS: 'internet-gateway',
  IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: 'public-ip',
  NGW_REQUIRES_SOURCE_IN_VPC: 'nat-gateway',
  NGW_NO_INBOUND: 'nat-gateway',
  NGW_PROTOCOL_RESTRICTION: 'nat-gateway',
  ENI_SOURCE_DEST_CHECK_RESTRICTION: 'source-dest-check',
  EIGW_NO_INBOUND: 'egress-only-internet-gateway',
  PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: 'transitivity',
  PCX_OVERLAPPING_CIDRS: 'peering',
  TGW_ROUTE_AZ_RESTRICTION: 'transit-gateway',
  TGW_RTB_CANNOT_ROUTE: 'transit-gateway',
  TGW_RTB_BAD_STATE_ROUTE: 'transit-gateway',
  TGW_ATTACHMENT_NOT_ASSOCIATED: 'transit-gateway',
  VGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: 'virtual-private-gateway',
  VPCE_GATEWAY_PROTOCOL_RESTRICTION: 'gateway-endpoint',
  PROTOCOL_RESTRICTION: 'interface-endpoint',
  VPCE_INTRA_VPC_TRAFFIC: 'interface-endpoint',
  DESTINATION_NOT_LISTENING: 'well-known-ports',
  ELBV2_LISTENERS_MISMATCH: 'load-balancer',
  ELBV2_LISTENER_HAS_NO_TG: 'load-balancer',
  ASYMMETRIC_RETURN_PATH: 'route-table',
  NO_IPV6_ADDRESS: 'ipv6',
  ROUTING_LOOP: 'route-table',
  OUTSIDE_DESIGN: 'intent',
  INVALID_COMPONENT: 'route-table',
};

/** Configuration findings (src/lint) by code. */
export const FINDING_TERMS: Readonly<Record<string, TermId>> = {
  SG_ADMIN_PORT_OPEN_TO_WORLD: 'bastion-host',
  DB_PUBLICLY_ACCESSIBLE: 'public-ip',
  DB_SUBNET_GROUP_SINGLE_AZ: 'db-subnet-group',
  ALB_SINGLE_AZ: 'availability-zone',
  NAT_GATEWAY_IN_PRIVATE_SUBNET: 'nat-gateway',
  NAT_INSTANCE_SOURCE_DEST_CHECK: 'source-dest-check',
  VPC_CIDR_OVERLAP: 'cidr',
  VPC_CIDR_OVERLAP_UNPEERED: 'cidr',
  SG_UNUSED: 'security-group',
  NACL_DENIES_ALL: 'network-acl',
  PUBLIC_SUBNET_WITHOUT_IGW_ROUTE: 'internet-gateway',
};

/** Palette items by resource type. */
export const RESOURCE_TERMS: Readonly<Record<ResourceType, TermId>> = {
  vpc: 'vpc',
  subnet: 'subnet',
  'route-table': 'route-table',
  'network-acl': 'network-acl',
  'security-group': 'security-group',
  'internet-gateway': 'internet-gateway',
  'egress-only-internet-gateway': 'egress-only-internet-gateway',
  'nat-gateway': 'nat-gateway',
  'vpn-gateway': 'virtual-private-gateway',
  'on-premises': 'customer-gateway',
  'peering-connection': 'peering',
  'transit-gateway': 'transit-gateway',
  'transit-gateway-route-table': 'transit-gateway',
  'vpc-endpoint': 'gateway-endpoint',
  instance: 'ec2-instance',
  database: 'db-subnet-group',
  'load-balancer': 'load-balancer',
  lambda: 'lambda',
  'prefix-list': 'prefix-list',
};

/**
 * Inspector fields by their English label (the key the inspector passes to its fields). Labels
 * of no networking concept (Name, Tags, Remove…) are listed in UNEXPLAINED_LABELS instead.
 */
export const LABEL_TERMS: Readonly<Record<string, TermId>> = {
  CIDR: 'cidr',
  'IPv6 CIDR': 'ipv6',
  IPv6: 'ipv6',
  'Secondary CIDRs': 'cidr',
  'Add secondary CIDR': 'cidr',
  'Add CIDR': 'cidr',
  'Availability Zone': 'availability-zone',
  VPC: 'vpc',
  Subnet: 'subnet',
  Subnets: 'subnet',
  'Subnets (DB subnet group)': 'db-subnet-group',
  'Route table': 'route-table',
  'Route tables': 'route-table',
  'Network ACL': 'network-acl',
  'Security groups': 'security-group',
  'Add security group': 'security-group',
  'Public IP': 'public-ip',
  'Private IP': 'eni',
  'Elastic IP': 'elastic-ip',
  'Source/dest check': 'source-dest-check',
  Port: 'well-known-ports',
  'Publicly accessible': 'public-ip',
  'Multi-AZ': 'multi-az',
  Engine: 'well-known-ports',
  Scheme: 'load-balancer',
  Service: 'gateway-endpoint',
  OS: 'ephemeral-ports',
  Via: 'virtual-private-gateway',
  Link: 'site-to-site-vpn',
  Connectivity: 'nat-gateway',
  Requester: 'peering',
  Accepter: 'peering',
  Targets: 'load-balancer',
  'Main table': 'main-route-table',
  'Default ACL': 'network-acl',
  'Attach VPC': 'transit-gateway',
  'Open route table': 'route-table',
  'Open network ACL': 'network-acl',
  Routes: 'route-table',
  'Transit gateway routes': 'transit-gateway',
  Listeners: 'load-balancer',
  'Add listener': 'load-balancer',
  'Add route': 'route-table',
  Destination: 'longest-prefix-match',
  Target: 'route-table',
  Attachment: 'transit-gateway',
  Attachments: 'transit-gateway',
  Rule: 'network-acl',
  Ports: 'well-known-ports',
  'Target port': 'load-balancer',
};

/**
 * Inspector labels that name no networking concept, so they carry no "Learn more"; "Kind",
 * "Inbound rules" and the like mean different things on different resources (the resource’s
 * own term is one click away in the palette).
 */
export const UNEXPLAINED_LABELS: ReadonlySet<string> = new Set([
  'Name',
  'ID',
  'Description',
  'Role',
  'Add…',
  'Kind',
  'Inbound rules',
  'Outbound rules',
  'Protocol',
  'Action',
  'Source',
  'Tags',
  'Used by',
  'Remove',
  'Find resource',
  'Add inbound rule',
  'Add outbound rule',
  'Add tag',
  // The inspector's catalogue also words its option texts and notes; they are not field
  // labels and get no Learn more (the field they belong to has one).
  'Nothing more to add',
  'Every VPC is attached',
  'Allow',
  'Deny',
  'Group',
  'Prefix list',
  'All traffic',
  'Gateway (S3, DynamoDB)',
  'Interface (PrivateLink)',
  'Public (with an Elastic IP)',
  'Private',
  'Application (HTTP/HTTPS)',
  'Network (TCP/UDP/TLS)',
  'Internet-facing',
  'Internal',
  'CIDRs',
]);

/** The term of an explanation or finding code, if it has one. */
export function termOfCode(code: string): TermId | undefined {
  if (Object.hasOwn(CODE_TERMS, code)) return CODE_TERMS[code as ExplanationCode];
  return Object.hasOwn(FINDING_TERMS, code) ? FINDING_TERMS[code] : undefined;
}

/** The term of an inspector field, by its English label. */
export function termOfLabel(label: string): TermId | undefined {
  return Object.hasOwn(LABEL_TERMS, label) ? LABEL_TERMS[label] : undefined;
}
