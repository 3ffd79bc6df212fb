/**
 * A small HCL writer: attributes, nested blocks and values, formatted as `terraform fmt` does
 * (two-space indent, aligned `=` within a run of single-line attributes).
 */

/** A Terraform expression written as is (`aws_vpc.main.id`), not as a quoted string. */
export class Expression {
  constructor(readonly text: string) {}
}

export const expr = (text: string): Expression => new Expression(text);

export type HclValue =
  string | number | boolean | Expression | readonly HclValue[] | { readonly [key: string]: HclValue };

export interface Attribute {
  readonly kind: 'attribute';
  readonly name: string;
  readonly value: HclValue;
}

export interface Block {
  readonly kind: 'block';
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: readonly BodyItem[];
}

export type BodyItem = Attribute | Block;

export const attribute = (name: string, value: HclValue): Attribute => ({ kind: 'attribute', name, value });

export const block = (type: string, labels: readonly string[], body: readonly BodyItem[]): Block => ({
  kind: 'block',
  type,
  labels,
  body,
});

/** A quoted HCL string; `${` and `%{` are escaped so that text never becomes a template. */
export function quote(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
  return `"${escaped}"`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function key(name: string, quoted: boolean): string {
  return !quoted && IDENTIFIER.test(name) ? name : quote(name);
}

function value(item: HclValue, indent: string, quotedKeys: boolean): string {
  if (item instanceof Expression) return item.text;
  if (typeof item === 'string') return quote(item);
  if (typeof item === 'number' || typeof item === 'boolean') return String(item);
  if (Array.isArray(item)) {
    const list = item as readonly HclValue[];
    if (list.length === 0) return '[]';
    const simple = list.every((v) => typeof v !== 'object' || v instanceof Expression);
    const parts = list.map((v) => value(v, `${indent}  `, quotedKeys));
    const inline = `[${parts.join(', ')}]`;
    if (simple && inline.length + indent.length < 100) return inline;
    return `[\n${parts.map((p) => `${indent}  ${p},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(item as Record<string, HclValue>);
  if (entries.length === 0) return '{}';
  const keys = entries.map(([name]) => key(name, quotedKeys));
  if (quotedKeys && entries.every(([, v]) => typeof v !== 'object' || v instanceof Expression)) {
    const inline = `{ ${entries.map(([, v], i) => `${keys[i]} = ${value(v, indent, quotedKeys)}`).join(', ')} }`;
    if (inline.length + indent.length < 110) return inline;
  }
  const width = Math.max(...keys.map((k) => k.length));
  const lines = entries.map(
    ([, v], i) => `${indent}  ${keys[i]!.padEnd(width)} = ${value(v, `${indent}  `, quotedKeys)}`,
  );
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function body(items: readonly BodyItem[], indent: string): string {
  const out: string[] = [];
  let run: Attribute[] = [];
  const flush = (): void => {
    if (!run.length) return;
    const width = Math.max(...run.map((a) => a.name.length));
    for (const a of run) out.push(`${indent}${a.name.padEnd(width)} = ${value(a.value, indent, false)}`);
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'attribute') {
      run.push(item);
      continue;
    }
    flush();
    if (out.length) out.push('');
    out.push(renderBlock(item, indent));
  }
  flush();
  return out.join('\n');
}

export function renderBlock(item: Block, indent = ''): string {
  const head = [item.type, ...item.labels.map(quote)].join(' ');
  if (item.body.length === 0) return `${indent}${head} {}`;
  return `${indent}${head} {\n${body(item.body, `${indent}  `)}\n${indent}}`;
}

/** A map of JSON-like data (intents, metadata) as an HCL object with quoted keys. */
export function jsonValue(data: unknown): HclValue {
  if (data === null || data === undefined) return expr('null');
  if (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean') return data;
  if (Array.isArray(data)) return data.map(jsonValue);
  return Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k, jsonValue(v)]));
}

/** Like `value` for a locals object whose keys must all be quoted (they are data, not names). */
export function renderData(data: HclValue, indent: string): string {
  return value(data, indent, true);
}
