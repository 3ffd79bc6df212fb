import { ID_PATTERN, parseImplicitId, type VpcLabDocument } from '../../model/index.ts';

/**
 * Renames every resource id of a document through a bijection, everywhere it is used: the
 * `id` fields, every reference, intents, layout keys, and implicit ids (`<vpc>/main`,
 * `<vpc>/default-acl`, `<vpc>/default`) which follow their VPC. A renamed design must behave
 * exactly like the original.
 */
export interface Renamed {
  readonly document: VpcLabDocument;
  /** Old id to new id (user ids only; endpoints like `internet` are not renamed). */
  readonly ids: ReadonlyMap<string, string>;
}

/**
 * Fields whose string values are never ids (so a CIDR, protocol or name is never touched). A
 * route's `destination` and a rule's `prefixList` may name a prefix list, so they are visited:
 * a CIDR or "s3" is no id and stays as it is.
 */
const NOT_REFERENCES = new Set([
  'type',
  'name',
  'description',
  'note',
  'format',
  'cidr',
  'cidrs',
  'cidrBlocks',
  'ipv6CidrBlocks',
  'ipv6Cidr',
  'protocol',
  'ports',
  'az',
  'kind',
  'service',
  'engine',
  'scheme',
  'connectivity',
  'link',
  'os',
  'role',
  'privateIp',
  'action',
  'expect',
  'addressFamily',
  'tags',
  'meta',
]);

/**
 * Applies `rename` (which must be injective and give valid ids) to every id.
 * @example renameIds(doc, (id) => `x-${id}`).ids.get('vpc-1') // 'x-vpc-1'
 */
export function renameIds(document: VpcLabDocument, rename: (id: string) => string): Renamed {
  const ids = new Map<string, string>();
  for (const resource of document.resources) {
    const renamed = rename(resource.id);
    if (!ID_PATTERN.test(renamed)) throw new Error(`renameIds: "${renamed}" is not a valid id`);
    ids.set(resource.id, renamed);
  }
  if (new Set(ids.values()).size !== ids.size) throw new Error('renameIds: the renaming is not a bijection');
  const mapId = (text: string): string => {
    const direct = ids.get(text);
    if (direct !== undefined) return direct;
    const implicit = parseImplicitId(text);
    const vpc = implicit ? ids.get(implicit.vpc) : undefined;
    return vpc === undefined ? text : `${vpc}${text.slice(text.lastIndexOf('/'))}`;
  };
  const visit = (value: unknown, key: string | undefined): unknown => {
    if (key !== undefined && NOT_REFERENCES.has(key)) return value;
    if (typeof value === 'string') return mapId(value);
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    }
    return value;
  };
  const resources = document.resources.map((resource) => visit(resource, undefined)) as VpcLabDocument['resources'];
  // Intent ids are not resource ids; only their endpoints are references.
  const intents = document.intents?.map((intent) => ({ ...intent, from: mapId(intent.from), to: mapId(intent.to) }));
  const layout =
    document.layout &&
    Object.fromEntries(Object.entries(document.layout).map(([id, entry]) => [mapId(id), { ...entry }]));
  const renamed: VpcLabDocument = { ...document, resources };
  if (intents !== undefined) renamed.intents = intents;
  if (layout !== undefined) renamed.layout = layout;
  return { document: renamed, ids };
}
