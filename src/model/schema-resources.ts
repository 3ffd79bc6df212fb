import './no-eval.ts';
import * as z from 'zod';
import { baseFields, CidrSchema, IdSchema, PortSchema, RefListSchema, RefSchema, TextSchema } from './schema-common.ts';
import { PrefixListSchema } from './schema-prefix-list.ts';
import { NaclRuleSchema, RouteSchema, SgRuleSchema } from './schema-rules.ts';
import { TransitGatewayRouteTableSchema } from './schema-transit-tables.ts';

/** Resource schemas, one per `type` (format.md, "Resource types"). */

export const VpcSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('vpc'),
    cidrBlocks: z.array(CidrSchema),
    ipv6CidrBlocks: z.array(CidrSchema).exactOptional(),
  })
  .meta({ id: 'Vpc' });

export const SubnetSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('subnet'),
    vpc: RefSchema,
    cidr: CidrSchema,
    ipv6Cidr: CidrSchema.exactOptional(),
    az: TextSchema,
    routeTable: RefSchema.exactOptional(),
    networkAcl: RefSchema.exactOptional(),
  })
  .meta({ id: 'Subnet' });

export const RouteTableSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('route-table'),
    vpc: RefSchema,
    main: z.boolean().exactOptional(),
    routes: z.array(RouteSchema),
  })
  .meta({ id: 'RouteTable' });

export const NetworkAclSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('network-acl'),
    vpc: RefSchema,
    default: z.boolean().exactOptional(),
    inbound: z.array(NaclRuleSchema),
    outbound: z.array(NaclRuleSchema),
  })
  .meta({ id: 'NetworkAcl' });

export const SecurityGroupSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('security-group'),
    vpc: RefSchema,
    description: z.string().exactOptional(),
    inbound: z.array(SgRuleSchema),
    outbound: z.array(SgRuleSchema),
  })
  .meta({ id: 'SecurityGroup' });

export const InternetGatewaySchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('internet-gateway'),
    vpc: RefSchema,
  })
  .meta({ id: 'InternetGateway' });

export const EgressOnlyInternetGatewaySchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('egress-only-internet-gateway'),
    vpc: RefSchema,
  })
  .meta({ id: 'EgressOnlyInternetGateway' });

export const NatGatewaySchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('nat-gateway'),
    subnet: RefSchema,
    connectivity: z.enum(['public', 'private']).exactOptional(),
  })
  .meta({ id: 'NatGateway' });

export const VpnGatewaySchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('vpn-gateway'),
    vpc: RefSchema,
  })
  .meta({ id: 'VpnGateway' });

export const OnPremisesSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('on-premises'),
    cidrs: z.array(CidrSchema).min(1),
    via: RefSchema,
    link: z.enum(['site-to-site-vpn', 'direct-connect']),
  })
  .meta({ id: 'OnPremises' });

export const PeeringConnectionSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('peering-connection'),
    requester: RefSchema,
    accepter: RefSchema,
  })
  .meta({ id: 'PeeringConnection' });

export const TransitGatewayAttachmentSchema = z
  .strictObject({
    vpc: RefSchema,
    subnets: RefListSchema.min(1),
  })
  .meta({ id: 'TransitGatewayAttachment' });

export const TransitGatewayRouteSchema = z
  .strictObject({
    destination: CidrSchema,
    attachment: RefSchema.or(z.literal('blackhole')),
  })
  .meta({ id: 'TransitGatewayRoute' });

export const TransitGatewaySchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('transit-gateway'),
    attachments: z.array(TransitGatewayAttachmentSchema),
    routes: z.array(TransitGatewayRouteSchema).exactOptional(),
    /** Informative (format.md): where the gateway lives; peering may cross regions. */
    region: TextSchema.exactOptional(),
    /** Peering attachments to other transit gateways (declared on either side, or both). */
    peers: RefListSchema.exactOptional(),
  })
  .meta({ id: 'TransitGateway' });

const endpointFields = {
  ...baseFields,
  type: z.literal('vpc-endpoint'),
  vpc: RefSchema,
  service: TextSchema,
};

export const GatewayEndpointSchema = z
  .strictObject({
    ...endpointFields,
    kind: z.literal('gateway'),
    routeTables: RefListSchema,
  })
  .meta({ id: 'GatewayEndpoint' });

export const InterfaceEndpointSchema = z
  .strictObject({
    ...endpointFields,
    kind: z.literal('interface'),
    subnets: RefListSchema.min(1),
    securityGroups: RefListSchema.exactOptional(),
  })
  .meta({ id: 'InterfaceEndpoint' });

/** A gateway endpoint adds prefix-list routes; an interface endpoint is ENIs in subnets. */
export const VpcEndpointSchema = z
  .discriminatedUnion('kind', [GatewayEndpointSchema, InterfaceEndpointSchema])
  .meta({ id: 'VpcEndpoint' });

/**
 * A secondary network interface of an instance (device index 1..n, in list order). The
 * instance's own fields are its primary interface (device index 0). `id` names the interface
 * inside its instance (default `eni-<device index>`); `<instance>/<id>` is its endpoint.
 */
export const NetworkInterfaceSchema = z
  .strictObject({
    id: IdSchema.exactOptional(),
    subnet: RefSchema,
    privateIp: z.string().exactOptional(),
    publicIp: z.boolean().exactOptional(),
    elasticIp: z.boolean().exactOptional(),
    ipv6: z.boolean().exactOptional(),
    securityGroups: RefListSchema.exactOptional(),
    sourceDestCheck: z.boolean().exactOptional(),
    description: z.string().exactOptional(),
  })
  .meta({ id: 'NetworkInterface' });

export const InstanceSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('instance'),
    subnet: RefSchema,
    privateIp: z.string().exactOptional(),
    publicIp: z.boolean().exactOptional(),
    elasticIp: z.boolean().exactOptional(),
    ipv6: z.boolean().exactOptional(),
    securityGroups: RefListSchema.exactOptional(),
    sourceDestCheck: z.boolean().exactOptional(),
    os: z.enum(['linux', 'windows']).exactOptional(),
    role: z.string().exactOptional(),
    networkInterfaces: z.array(NetworkInterfaceSchema).exactOptional(),
  })
  .meta({ id: 'Instance' });

/** Database engines and the port each listens on unless `port` says otherwise. */
export const DATABASE_ENGINE_PORTS = {
  mysql: 3306,
  postgres: 5432,
  mariadb: 3306,
  oracle: 1521,
  sqlserver: 1433,
  'aurora-mysql': 3306,
  'aurora-postgresql': 5432,
} as const;

export type DatabaseEngine = keyof typeof DATABASE_ENGINE_PORTS;

const DATABASE_ENGINES = Object.keys(DATABASE_ENGINE_PORTS) as [DatabaseEngine, ...DatabaseEngine[]];

export const DatabaseSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('database'),
    subnets: RefListSchema.min(1),
    engine: z.enum(DATABASE_ENGINES),
    port: PortSchema.exactOptional(),
    publiclyAccessible: z.boolean().exactOptional(),
    multiAz: z.boolean().exactOptional(),
    securityGroups: RefListSchema.exactOptional(),
  })
  .meta({ id: 'Database' });

export const ListenerSchema = z
  .strictObject({
    protocol: z.enum(['http', 'https', 'tcp', 'tls', 'udp', 'tcp_udp']),
    port: PortSchema,
    targetPort: PortSchema.exactOptional(),
  })
  .meta({ id: 'Listener' });

export const LoadBalancerSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('load-balancer'),
    kind: z.enum(['application', 'network']),
    scheme: z.enum(['internet-facing', 'internal']),
    subnets: RefListSchema.min(1),
    securityGroups: RefListSchema.exactOptional(),
    listeners: z.array(ListenerSchema),
    targets: RefListSchema,
  })
  .meta({ id: 'LoadBalancer' });

export const LambdaSchema = z
  .strictObject({
    ...baseFields,
    type: z.literal('lambda'),
    subnets: RefListSchema.min(1),
    securityGroups: RefListSchema.exactOptional(),
  })
  .meta({ id: 'Lambda' });

/** Every resource, discriminated by `type`. */
export const ResourceSchema = z.discriminatedUnion('type', [
  VpcSchema,
  SubnetSchema,
  RouteTableSchema,
  NetworkAclSchema,
  SecurityGroupSchema,
  InternetGatewaySchema,
  EgressOnlyInternetGatewaySchema,
  NatGatewaySchema,
  VpnGatewaySchema,
  OnPremisesSchema,
  PeeringConnectionSchema,
  TransitGatewaySchema,
  TransitGatewayRouteTableSchema,
  VpcEndpointSchema,
  InstanceSchema,
  DatabaseSchema,
  LoadBalancerSchema,
  LambdaSchema,
  PrefixListSchema,
]);

/** Every resource type, in the order format.md lists them. */
export const RESOURCE_TYPES = [
  'vpc',
  'subnet',
  'route-table',
  'network-acl',
  'security-group',
  'internet-gateway',
  'egress-only-internet-gateway',
  'nat-gateway',
  'vpn-gateway',
  'on-premises',
  'peering-connection',
  'transit-gateway',
  'transit-gateway-route-table',
  'vpc-endpoint',
  'instance',
  'database',
  'load-balancer',
  'lambda',
  'prefix-list',
] as const;

export type Vpc = z.infer<typeof VpcSchema>;
export type Subnet = z.infer<typeof SubnetSchema>;
export type RouteTable = z.infer<typeof RouteTableSchema>;
export type NetworkAcl = z.infer<typeof NetworkAclSchema>;
export type SecurityGroup = z.infer<typeof SecurityGroupSchema>;
export type InternetGateway = z.infer<typeof InternetGatewaySchema>;
export type EgressOnlyInternetGateway = z.infer<typeof EgressOnlyInternetGatewaySchema>;
export type NatGateway = z.infer<typeof NatGatewaySchema>;
export type VpnGateway = z.infer<typeof VpnGatewaySchema>;
export type OnPremises = z.infer<typeof OnPremisesSchema>;
export type PeeringConnection = z.infer<typeof PeeringConnectionSchema>;
export type TransitGatewayAttachment = z.infer<typeof TransitGatewayAttachmentSchema>;
export type TransitGatewayRoute = z.infer<typeof TransitGatewayRouteSchema>;
export type TransitGateway = z.infer<typeof TransitGatewaySchema>;
export type GatewayEndpoint = z.infer<typeof GatewayEndpointSchema>;
export type InterfaceEndpoint = z.infer<typeof InterfaceEndpointSchema>;
export type VpcEndpoint = z.infer<typeof VpcEndpointSchema>;
export type NetworkInterface = z.infer<typeof NetworkInterfaceSchema>;
export type Instance = z.infer<typeof InstanceSchema>;
export type Database = z.infer<typeof DatabaseSchema>;
export type Listener = z.infer<typeof ListenerSchema>;
export type LoadBalancer = z.infer<typeof LoadBalancerSchema>;
export type Lambda = z.infer<typeof LambdaSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** The resource interface of one type, e.g. `ResourceOfType<'subnet'>` is `Subnet`. */
export type ResourceOfType<T extends ResourceType> = Extract<Resource, { type: T }>;

/** Compile-time check that RESOURCE_TYPES lists exactly the union's types. */
type MissingTypes = Exclude<Resource['type'], ResourceType> | Exclude<ResourceType, Resource['type']>;
const _typesComplete: [MissingTypes] extends [never] ? true : false = true;
void _typesComplete;
