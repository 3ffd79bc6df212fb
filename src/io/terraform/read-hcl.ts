import type { WarningList } from '../iac/warnings.ts';
import { REGION_PLACEHOLDER, zonesOf } from '../iac/zones.ts';
import { evaluate, Unresolved, type Scope } from './expressions.ts';
import { PrefixListRef, type TfInput, type TfResource } from './model.ts';
import { METADATA_LOCAL } from './vocabulary.ts';

/**
 * Brings the JSON of @cdktf/hcl2json (one object per .tf file) to TfInput: variables take their
 * defaults, locals and known data sources are evaluated, `count` is expanded, and every
 * attribute is evaluated on its own, so one unresolved value costs one attribute (reported by
 * address and attribute), not the resource.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The most instances one `count` may make: more than any VPC design has, few enough to hold in a page. */
const MAX_COUNT = 1000;

const META_ARGUMENTS = new Set([
  'count',
  'for_each',
  'depends_on',
  'lifecycle',
  'provider',
  'provisioner',
  'connection',
]);

/** An attribute whose value Terraform computes; reported only if the mapper reads it. */
class UnresolvedValue {
  constructor(
    readonly property: string,
    readonly reason: string,
  ) {}
}

/**
 * The values of one block, reporting an unresolved attribute when it is read: a variable
 * without a default in a Lambda's `role` or a listener's `certificate_arn` matters to
 * Terraform, not to the network, and is not worth a warning unless the document needs it.
 */
function reportWhenRead(values: Json, subject: string, warnings: WarningList): Json {
  return new Proxy(values, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (!(value instanceof UnresolvedValue)) return value;
      warnings.add('unresolved', subject, value.property, value.reason);
      return undefined;
    },
  });
}

export interface HclReadOptions {
  readonly region?: string | undefined;
  readonly variables?: Readonly<Record<string, unknown>> | undefined;
}

export function hclInput(files: readonly Json[], warnings: WarningList, options: HclReadOptions = {}): TfInput {
  const variables: Json = {};
  const locals: Json = {};
  const data = new Map<string, Json>();
  const blocks: { type: string; name: string; body: Json }[] = [];
  for (const file of files) {
    for (const [name, list] of Object.entries(isObject(file.variable) ? file.variable : {})) {
      const body = Array.isArray(list) ? list[0] : list;
      if (isObject(body) && 'default' in body) variables[name] = body.default;
      else variables[name] = undefined;
    }
    for (const entry of Array.isArray(file.locals) ? file.locals : [])
      if (isObject(entry)) Object.assign(locals, entry);
    for (const [type, byName] of Object.entries(isObject(file.data) ? file.data : {}))
      for (const [name, list] of Object.entries(isObject(byName) ? byName : {}))
        data.set(`${type}.${name}`, (Array.isArray(list) ? list[0] : list) as Json);
    for (const [type, byName] of Object.entries(isObject(file.resource) ? file.resource : {}))
      for (const [name, list] of Object.entries(isObject(byName) ? byName : {}))
        for (const body of Array.isArray(list) ? list : [list]) if (isObject(body)) blocks.push({ type, name, body });
    for (const name of Object.keys(isObject(file.module) ? file.module : {}))
      warnings.add(
        'unsupported-resource',
        `module.${name}`,
        'source',
        'modules are not read from .tf files; import `terraform show -json` instead',
      );
  }
  for (const [name, value] of Object.entries(options.variables ?? {})) variables[name] = value;
  const types = new Set(blocks.map((b) => b.type));
  const evaluating = new Set<string>();
  const localValues = new Map<string, { value: unknown } | { error: Unresolved }>();

  const scope = (subject: string, property: string, countIndex?: number): Scope => ({
    countIndex,
    isResource: (type) => types.has(type),
    variable(name) {
      if (!(name in variables)) throw new Unresolved(`variable ${name} is not declared`);
      const value = variables[name];
      if (value === undefined) throw new Unresolved(`variable ${name} has no default`);
      return value;
    },
    local(name) {
      if (!(name in locals)) throw new Unresolved(`local ${name} is not defined`);
      // A local cannot depend on count.index, so its value is worked out once: locals that refer
      // to each other twice over would otherwise take 2^n evaluations.
      const known = localValues.get(name);
      if (known) {
        if ('error' in known) throw known.error;
        return known.value;
      }
      if (evaluating.has(name)) throw new Unresolved(`local ${name} refers to itself`);
      evaluating.add(name);
      try {
        const value = evaluate(locals[name], scope(subject, property));
        localValues.set(name, { value });
        return value;
      } catch (error) {
        if (error instanceof Unresolved) localValues.set(name, { error });
        throw error;
      } finally {
        evaluating.delete(name);
      }
    },
    data(type, name, attribute) {
      if (type === 'aws_region' && (attribute === 'name' || attribute === 'region' || attribute === 'id'))
        return options.region ?? REGION_PLACEHOLDER;
      if (type === 'aws_availability_zones' && attribute === 'names') {
        const zones = options.region === undefined ? undefined : zonesOf(options.region);
        if (zones) return zones;
        warnings.add('region-unknown', subject, property, options.region ?? 'data.aws_region');
        return [...'abcdef'].map((letter) => `${REGION_PLACEHOLDER}${letter}`);
      }
      if (type === 'aws_prefix_list' && attribute === 'id') {
        const body = data.get(`${type}.${name}`);
        const listName =
          body && typeof body.name === 'string' ? String(evaluate(body.name, scope(subject, property))) : '';
        const service = /\.(s3|dynamodb)$/.exec(listName)?.[1];
        if (service) return new PrefixListRef(service);
      }
      throw new Unresolved(`data.${type}.${name}.${attribute} is read from AWS by Terraform`);
    },
  });

  const evaluateAll = (subject: string, body: Json, countIndex: number | undefined, path = ''): Json => {
    const values: Json = {};
    for (const [key, raw] of Object.entries(body)) {
      if (!path && META_ARGUMENTS.has(key)) continue;
      const property = `${path}${key}`;
      if (Array.isArray(raw) && raw.every(isObject) && raw.length && key !== 'tags') {
        // A nested block (route, ingress, vpc_config…): each entry evaluated attribute by attribute.
        values[key] = raw.map((item, i) => evaluateAll(subject, item, countIndex, `${property}[${i}].`));
        continue;
      }
      try {
        values[key] = evaluate(raw, scope(subject, property, countIndex));
      } catch (error) {
        if (!(error instanceof Unresolved)) throw error;
        values[key] = new UnresolvedValue(property, error.message);
      }
    }
    return reportWhenRead(values, subject, warnings);
  };

  const resources: TfResource[] = [];
  for (const { type, name, body } of blocks) {
    const address = `${type}.${name}`;
    let count: number | undefined;
    if (body.count !== undefined) {
      try {
        const value = evaluate(body.count, scope(address, 'count'));
        count = typeof value === 'boolean' ? Number(value) : Number(value);
        if (!Number.isInteger(count) || count < 0) throw new Unresolved(`count ${String(value)} is not a whole number`);
        // A design is read into the page's memory: a hostile count must not exhaust it.
        if (count > MAX_COUNT) throw new Unresolved(`count ${count} is more than ${MAX_COUNT}`);
      } catch (error) {
        if (!(error instanceof Unresolved)) throw error;
        warnings.add('unresolved', address, 'count', `${error.message}; one instance is read`);
        count = undefined;
      }
    }
    if (body.for_each !== undefined)
      warnings.add('approximated', address, 'for_each', 'for_each is expanded only by Terraform; one instance is read');
    if (count === undefined) resources.push({ address, type, name, values: evaluateAll(address, body, undefined) });
    else
      for (let i = 0; i < count; i++) {
        const instance = `${address}[${i}]`;
        resources.push({ address: instance, type, name: `${name}-${i}`, values: evaluateAll(instance, body, i) });
      }
  }

  let metadata: unknown;
  if (METADATA_LOCAL in locals) {
    try {
      metadata = evaluate(locals[METADATA_LOCAL], scope(`local.${METADATA_LOCAL}`, ''));
    } catch {
      metadata = undefined;
    }
  }
  return { resources, idIndex: new Map(), metadata };
}
