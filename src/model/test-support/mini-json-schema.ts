/**
 * A tiny JSON Schema checker for the keywords `z.toJSONSchema` emits (type, properties,
 * required, additionalProperties, items, oneOf/anyOf, const, enum, pattern, min/max, $ref to
 * $defs). Enough to prove the published schema accepts the shared scenarios; not a full
 * implementation of draft 2020-12.
 */
type Schema = Record<string, unknown>;

export function jsonSchemaErrors(schema: Schema, value: unknown): string[] {
  const defs = (schema['$defs'] ?? {}) as Record<string, Schema>;
  const errors: string[] = [];
  check(schema, value, '$', defs, errors);
  return errors;
}

function check(schema: Schema, value: unknown, path: string, defs: Record<string, Schema>, errors: string[]): void {
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = defs[ref.replace('#/$defs/', '')];
    if (!target) return void errors.push(`${path}: unknown $ref ${ref}`);
    check(target, value, path, defs, errors);
  }
  const type = schema['type'];
  if (typeof type === 'string' && !hasType(value, type)) return void errors.push(`${path}: expected ${type}`);
  if ('const' in schema && schema['const'] !== value)
    errors.push(`${path}: expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].includes(value)) errors.push(`${path}: not in enum`);
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key];
    if (!Array.isArray(options)) continue;
    const passing = options.filter((option) => {
      const inner: string[] = [];
      check(option as Schema, value, path, defs, inner);
      return inner.length === 0;
    }).length;
    if (key === 'oneOf' ? passing !== 1 : passing < 1) errors.push(`${path}: ${passing} ${key} options match`);
  }
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      errors.push(`${path}: pattern`);
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength'])
      errors.push(`${path}: too short`);
    if (typeof schema['maxLength'] === 'number' && value.length > schema['maxLength']) errors.push(`${path}: too long`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${path}: below minimum`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems'])
      errors.push(`${path}: too few items`);
    const items = schema['items'];
    if (items && typeof items === 'object')
      value.forEach((item, i) => check(items as Schema, item, `${path}[${i}]`, defs, errors));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[])
      if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, item] of Object.entries(record)) {
      const property = properties[key];
      if (property) check(property, item, `${path}.${key}`, defs, errors);
      else if (schema['additionalProperties'] === false) errors.push(`${path}.${key}: not allowed`);
      else if (schema['additionalProperties'] && typeof schema['additionalProperties'] === 'object') {
        check(schema['additionalProperties'] as Schema, item, `${path}.${key}`, defs, errors);
      }
    }
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}
