/** Safe reads of untrusted JSON: a missing or mistyped field reads as absent, never throws. */

export type JsonObject = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const str = (value: unknown, key: string): string | undefined => {
  const field = isObject(value) ? value[key] : undefined;
  return typeof field === 'string' && field !== '' ? field : undefined;
};

export const num = (value: unknown, key: string): number | undefined => {
  const field = isObject(value) ? value[key] : undefined;
  if (typeof field === 'number' && Number.isFinite(field)) return field;
  if (typeof field === 'string' && /^-?\d+$/.test(field)) return Number(field);
  return undefined;
};

export const bool = (value: unknown, key: string): boolean | undefined => {
  const field = isObject(value) ? value[key] : undefined;
  return typeof field === 'boolean' ? field : undefined;
};

export const obj = (value: unknown, key: string): JsonObject | undefined => {
  const field = isObject(value) ? value[key] : undefined;
  return isObject(field) ? field : undefined;
};

/** The objects of an array field; anything else in it is skipped. */
export const list = (value: unknown, key: string): JsonObject[] => {
  const field = isObject(value) ? value[key] : undefined;
  return Array.isArray(field) ? field.filter(isObject) : [];
};

/** The strings of an array field. */
export const strings = (value: unknown, key: string): string[] => {
  const field = isObject(value) ? value[key] : undefined;
  return Array.isArray(field) ? field.filter((s): s is string => typeof s === 'string' && s !== '') : [];
};

/** `State` as AWS writes it: a string, or `{ Code | Name }`. */
export function state(value: unknown, key = 'State'): string | undefined {
  return str(value, key) ?? str(obj(value, key), 'Code') ?? str(obj(value, key), 'Name');
}

/** The `Name` tag and the other tags (AWS `Tags: [{ Key, Value }]`). */
export function nameAndTags(value: unknown): { name?: string; tags?: Record<string, string> } {
  let name: string | undefined;
  const tags: Record<string, string> = {};
  for (const tag of list(value, 'Tags')) {
    const key = str(tag, 'Key');
    const text = isObject(tag) && typeof tag['Value'] === 'string' ? tag['Value'] : undefined;
    if (key === undefined || text === undefined) continue;
    if (key === 'Name') name = text === '' ? undefined : text;
    else Object.defineProperty(tags, key, { value: text, enumerable: true, writable: true, configurable: true });
  }
  return { ...(name !== undefined ? { name } : {}), ...(Object.keys(tags).length > 0 ? { tags } : {}) };
}
