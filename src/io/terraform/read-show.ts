import type { WarningList } from '../iac/warnings.ts';
import { TfRef } from './expressions.ts';
import type { TfInput, TfResource } from './model.ts';

/**
 * Brings the JSON of `terraform show -json` to TfInput: a state (`values.root_module`) or a plan
 * (`planned_values.root_module`), child modules included. A state holds real ids, which
 * `idIndex` maps back to addresses; a plan does not know the ids of what it will create, so a
 * reference is taken from the plan's `configuration` (`expressions.<attr>.references`).
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when parsed JSON is the output of `terraform show -json`. */
export function isTerraformShowJson(data: unknown): boolean {
  return (
    isObject(data) &&
    typeof data.format_version === 'string' &&
    (isObject(data.values) || isObject(data.planned_values) || 'terraform_version' in data)
  );
}

/** Attributes whose values are ids other resources refer to. */
const ID_ATTRIBUTES = [
  'id',
  'arn',
  'main_route_table_id',
  'default_route_table_id',
  'default_network_acl_id',
  'default_security_group_id',
  'primary_network_interface_id',
  'association_default_route_table_id',
];

/**
 * Attributes that are a resource's own id only on some types: a VPN connection's transit gateway
 * attachment is its own, while a route, association or propagation merely names one.
 */
const OWN_ID_ATTRIBUTES: Record<string, readonly string[]> = {
  aws_vpn_connection: ['transit_gateway_attachment_id'],
};

export function showInput(data: Json, warnings: WarningList): TfInput {
  const plan = isObject(data.planned_values);
  const root = plan
    ? (data.planned_values as Json).root_module
    : isObject(data.values)
      ? data.values.root_module
      : undefined;
  const resources: TfResource[] = [];
  const idIndex = new Map<string, { address: string; attribute: string }>();
  const configuration = isObject(data.configuration) ? data.configuration.root_module : undefined;

  const visit = (module: unknown, config: unknown, prefix: string): void => {
    if (!isObject(module)) return;
    for (const resource of Array.isArray(module.resources) ? module.resources : []) {
      if (!isObject(resource) || resource.mode === 'data' || typeof resource.type !== 'string') continue;
      const address = String(resource.address);
      const values = isObject(resource.values) ? { ...resource.values } : {};
      if (plan) fillFromConfiguration(values, configurationOf(config, String(resource.name), resource.type), prefix);
      for (const attribute of [...ID_ATTRIBUTES, ...(OWN_ID_ATTRIBUTES[resource.type] ?? [])]) {
        const value = values[attribute];
        if (typeof value === 'string' && value !== '' && !idIndex.has(value))
          idIndex.set(value, { address, attribute });
      }
      if (resource.type === 'aws_db_subnet_group' && typeof values.name === 'string')
        idIndex.set(`db-subnet-group:${values.name}`, { address, attribute: 'name' });
      const index = resource.index === undefined ? '' : `-${String(resource.index)}`;
      const modulePath = prefix.replace(/module\./g, '').replace(/\.$/, '');
      resources.push({
        address,
        type: resource.type,
        name: `${modulePath ? `${modulePath}.` : ''}${String(resource.name)}${index}`,
        values,
      });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) {
      if (!isObject(child)) continue;
      const childAddress = String(child.address ?? '');
      const callName = /module\.([^.[]+)(?:\[[^\]]*\])?$/.exec(childAddress)?.[1] ?? '';
      const childConfig =
        isObject(config) && isObject(config.module_calls)
          ? (config.module_calls[callName] as Json | undefined)?.module
          : undefined;
      visit(child, childConfig, `${childAddress}.`);
    }
  };
  if (!isObject(root))
    warnings.add('missing-property', 'terraform show', plan ? 'planned_values' : 'values', 'terraform show -json');
  visit(root, configuration, '');
  return { resources, idIndex, metadata: undefined };
}

function configurationOf(config: unknown, name: string, type: string): Json | undefined {
  if (!isObject(config) || !Array.isArray(config.resources)) return undefined;
  const found = config.resources.find((r) => isObject(r) && r.name === name && r.type === type && r.mode !== 'data');
  return isObject(found) && isObject(found.expressions) ? found.expressions : undefined;
}

/** A plan leaves unknown values out; the configuration says what they refer to. */
function fillFromConfiguration(values: Json, expressions: Json | undefined, prefix: string): void {
  if (!expressions) return;
  for (const [key, expression] of Object.entries(expressions)) {
    if (
      values[key] !== undefined &&
      values[key] !== null &&
      !(Array.isArray(values[key]) && values[key].length === 0)
    ) {
      if (Array.isArray(values[key]) && Array.isArray(expression))
        (values[key] as unknown[]).forEach((item, i) => {
          if (isObject(item) && isObject(expression[i])) fillFromConfiguration(item, expression[i] as Json, prefix);
        });
      continue;
    }
    const value = fromExpression(expression, prefix);
    if (value !== undefined) values[key] = value;
  }
}

function fromExpression(expression: unknown, prefix: string): unknown {
  if (Array.isArray(expression))
    return expression.map((item) =>
      isObject(item) ? Object.fromEntries(Object.entries(item).map(([k, v]) => [k, fromExpression(v, prefix)])) : item,
    );
  if (!isObject(expression)) return undefined;
  if ('constant_value' in expression) return expression.constant_value;
  const references = Array.isArray(expression.references)
    ? expression.references.filter((r): r is string => typeof r === 'string')
    : [];
  // `[aws_subnet.a.id, aws_subnet.b.id]` lists each attribute and then each resource.
  const attributes = references.filter(
    (r) =>
      /^[a-z0-9_]+\.[^.]+(\[[^\]]+\])?\.[a-z_]+$/.test(r) &&
      !r.startsWith('var.') &&
      !r.startsWith('local.') &&
      !r.startsWith('data.'),
  );
  const refs = attributes.map((r) => {
    const match = /^(.*)\.([a-z_]+)$/.exec(r)!;
    return new TfRef(`${prefix}${match[1]}`, match[2]!);
  });
  if (refs.length === 0) return undefined;
  return refs.length === 1 ? refs[0] : refs;
}
