import { decodeDocumentBytes } from '../../model/index.ts';
import { isObject, type JsonObject } from './json.ts';
import { AwsImportError, type AwsInputFile } from './types.ts';

/**
 * The top-level keys of the describe-* outputs the importer reads (AWS CLI names; Batfish's
 * collector names for the few calls it wraps: LoadBalancerListeners, LoadBalancerTargetHealth,
 * TransitGatewayStaticRoutes, TransitGatewayPropagations).
 */
export const RESOURCE_KEYS = [
  'Vpcs',
  'Subnets',
  'RouteTables',
  'SecurityGroups',
  'NetworkAcls',
  'Reservations',
  'NetworkInterfaces',
  'InternetGateways',
  'EgressOnlyInternetGateways',
  'NatGateways',
  'VpcPeeringConnections',
  'TransitGateways',
  'TransitGatewayAttachments',
  'TransitGatewayVpcAttachments',
  'TransitGatewayRouteTables',
  'TransitGatewayStaticRoutes',
  'TransitGatewayPropagations',
  'VpcEndpoints',
  'VpnGateways',
  'VpnConnections',
  'CustomerGateways',
  'PrefixLists',
  /** get-managed-prefix-list-entries output, each entry with the `PrefixListId` its file names (see collectSnapshot). */
  'PrefixListEntries',
  'LoadBalancers',
  'LoadBalancerListeners',
  'Listeners',
  'TargetGroups',
  'LoadBalancerTargetHealth',
  'DBInstances',
  'DBSubnetGroups',
  'Functions',
  'Addresses',
  'DomainStatusList',
  'DirectConnectGateways',
  'VirtualInterfaces',
  'DirectConnectGatewayAssociations',
] as const;

export type ResourceKey = (typeof RESOURCE_KEYS)[number];

/** Outputs that hold nothing the network needs: read without a warning. */
const DESCRIPTIVE_KEYS = new Set([
  'AvailabilityZones',
  'Tags',
  'InstanceStatuses',
  'LoadBalancerAttributes',
  'ServiceDetails',
  'ServiceNames',
  'PlacementGroups',
  'MovingAddressStatuses',
  'Hosts',
  'DhcpOptions',
  'Instances',
  'ResponseMetadata',
  'NextToken',
]);

const KNOWN = new Set<string>(RESOURCE_KEYS);

/** One item of a describe output, with the file it came from. */
export interface Sourced {
  readonly item: JsonObject;
  readonly file: string;
}

export type Snapshot = Readonly<Record<ResourceKey, readonly Sourced[]>>;

/** True when the value looks like AWS CLI describe output (one call's, or several combined). */
export function isAwsOutput(value: unknown): boolean {
  return (
    isObject(value) && !('format' in value) && (Object.keys(value).some((key) => KNOWN.has(key)) || isEntries(value))
  );
}

/** The output of `aws ec2 get-managed-prefix-list-entries`: `{ "Entries": [{ "Cidr", "Description" }] }`. */
function isEntries(value: JsonObject): boolean {
  const entries = value['Entries'];
  return Array.isArray(entries) && entries.every((entry) => isObject(entry) && typeof entry['Cidr'] === 'string');
}

/**
 * The list a get-managed-prefix-list-entries output belongs to: its output names none, so a
 * capture either adds `"PrefixListId"` beside `Entries` or names the file after the list
 * (`pl-0abc123.json`, `entries-pl-0abc123.json`). Undefined when it does neither.
 */
function entriesListId(value: JsonObject, fileName: string): string | undefined {
  const field = value['PrefixListId'];
  if (typeof field === 'string' && field !== '') return field;
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  return /(?:^|[^A-Za-z0-9])(pl-[0-9a-z]+)(?![0-9a-z])/i.exec(base)?.[1];
}

/** Parses JSON text, naming the file and the line on a syntax error. */
export function parseJson(file: AwsInputFile): unknown {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  try {
    return JSON.parse(text);
  } catch (caught) {
    const why = caught instanceof Error ? caught.message : String(caught);
    throw new AwsImportError(file.name, '', `${file.name} is not valid JSON: ${why}`);
  }
}

/**
 * Every file's items, merged by output key (several regions and accounts make one snapshot).
 * A file that is not JSON, or JSON that is not a describe output, stops the import naming it;
 * so does a known key whose value is not a list.
 */
export function collectSnapshot(files: readonly AwsInputFile[]): Snapshot {
  const merged = Object.fromEntries(RESOURCE_KEYS.map((key) => [key, [] as Sourced[]])) as Record<
    ResourceKey,
    Sourced[]
  >;
  for (const file of files) {
    const value = parseJson(file);
    if (
      !isObject(value) ||
      !(Object.keys(value).some((key) => KNOWN.has(key) || DESCRIPTIVE_KEYS.has(key)) || isEntries(value))
    ) {
      throw new AwsImportError(
        file.name,
        '',
        `${file.name} is not AWS CLI output: expected an object with a key such as "Vpcs", "Subnets" or "Reservations".`,
      );
    }
    if (!('PrefixLists' in value) && isEntries(value)) {
      const listId = entriesListId(value, file.name);
      if (listId === undefined) {
        throw new AwsImportError(
          file.name,
          'Entries',
          `${file.name} holds prefix list entries (get-managed-prefix-list-entries) but does not say which list: name the file after the list (pl-0abc123.json) or add "PrefixListId" beside "Entries".`,
        );
      }
      for (const entry of value['Entries'] as JsonObject[])
        merged.PrefixListEntries.push({ item: { ...entry, PrefixListId: listId }, file: file.name });
      continue;
    }
    for (const key of RESOURCE_KEYS) {
      if (!(key in value)) continue;
      const items = value[key];
      if (!Array.isArray(items)) {
        throw new AwsImportError(file.name, key, `${file.name}: "${key}" should be a list, as the AWS CLI writes it.`);
      }
      for (const item of items) if (isObject(item)) merged[key].push({ item, file: file.name });
    }
  }
  return merged;
}

/**
 * A file's bytes as input text, decoded as VPC Lab reads every file (UTF-8, or UTF-16 with a
 * byte order mark, which Windows PowerShell writes when `aws … > file.json` redirects output).
 */
export function decodeAwsFile(name: string, bytes: Uint8Array): AwsInputFile {
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) throw new AwsImportError(name, '', `${name}: ${decoded.issue.message}`);
  return { name, text: decoded.text };
}
