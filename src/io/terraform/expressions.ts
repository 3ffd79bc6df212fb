import { cidrSubnet } from '../iac/cidr-functions.ts';

/**
 * Static evaluation of the Terraform expressions @cdktf/hcl2json leaves in its JSON (as
 * `"${…}"` templates): literals, lists and objects, `var.*` (defaults), `local.*`, `count.index`,
 * `data.*` the caller knows, references to resources (kept as `TfRef`), and the pure functions a
 * network definition uses (cidrsubnet, element, concat, format, join, lookup, merge, …).
 * Anything else (operators, conditionals, for expressions, module outputs) throws `Unresolved`,
 * which the reader reports with the address and attribute instead of guessing.
 */

/** A reference to a resource attribute: `aws_vpc.main.id` is address `aws_vpc.main`, attribute `id`. */
export class TfRef {
  constructor(
    readonly address: string,
    readonly attribute: string,
  ) {}
}

export class Unresolved extends Error {}

export interface Scope {
  variable(name: string): unknown;
  local(name: string): unknown;
  /** `data.<type>.<name>.<attribute>` */
  data(type: string, name: string, attribute: string): unknown;
  /** True when `<type>.<name>` is a managed resource of the configuration. */
  isResource(type: string): boolean;
  readonly countIndex: number | undefined;
}

type Token = { kind: 'ident' | 'number' | 'string' | 'punct'; text: string; value?: unknown };

function templateParts(text: string): { literal: string[]; expressions: string[] } {
  const literal: string[] = [];
  const expressions: string[] = [];
  let current = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i)) {
      current += '${';
      i += 3;
    } else if (text.startsWith('%%{', i)) {
      current += '%{';
      i += 3;
    } else if (text.startsWith('%{', i)) {
      throw new Unresolved(`template directive in "${text}"`);
    } else if (text.startsWith('${', i)) {
      const end = matchingBrace(text, i + 2);
      expressions.push(text.slice(i + 2, end).replace(/^~|~$/g, ''));
      literal.push(current);
      current = '';
      i = end + 1;
    } else {
      current += text[i];
      i++;
    }
  }
  literal.push(current);
  return { literal, expressions };
}

function matchingBrace(text: string, from: number): number {
  let depth = 1;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new Unresolved(`unterminated interpolation in "${text}"`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))![0];
      tokens.push({ kind: 'ident', text: match });
      i += match.length;
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(source.slice(i))![0];
      tokens.push({ kind: 'number', text: match, value: Number(match) });
      i += match.length;
    } else if (c === '"') {
      let j = i + 1;
      let raw = '';
      while (j < source.length && source[j] !== '"') {
        if (source[j] === '\\') {
          const next = source[j + 1];
          raw += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : (next ?? '');
          j += 2;
        } else if (source.startsWith('${', j)) {
          const end = matchingBrace(source, j + 2);
          raw += source.slice(j, end + 1);
          j = end + 1;
        } else raw += source[j++];
      }
      tokens.push({ kind: 'string', text: raw, value: raw });
      i = j + 1;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

/** Evaluates one hcl2json value: strings are templates, lists and objects element-wise. */
export function evaluate(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') return evaluateTemplate(value, scope);
  if (Array.isArray(value)) return value.map((item) => evaluate(item, scope));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, scope)]));
  return value;
}

export function evaluateTemplate(text: string, scope: Scope): unknown {
  const { literal, expressions } = templateParts(text);
  if (expressions.length === 1 && literal[0] === '' && literal[1] === '')
    return evaluateExpression(expressions[0]!, scope);
  let out = literal[0]!;
  expressions.forEach((source, index) => {
    const value = evaluateExpression(source, scope);
    if (value instanceof TfRef) throw new Unresolved(`${value.address}.${value.attribute}`);
    if (typeof value === 'object' && value !== null) throw new Unresolved(`\${${source}} is not text`);
    out += String(value) + literal[index + 1]!;
  });
  return out;
}

export function evaluateExpression(source: string, scope: Scope): unknown {
  const parser = new Parser(tokenize(source), scope, source);
  const value = parser.expression();
  if (!parser.done()) throw new Unresolved(`expression "${source.trim()}" is computed only by Terraform`);
  return value;
}

class Parser {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly scope: Scope,
    private readonly source: string,
  ) {}

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  private peek(text?: string): Token | undefined {
    const token = this.tokens[this.at];
    return text === undefined || token?.text === text ? token : undefined;
  }

  private take(text?: string): Token {
    const token = this.tokens[this.at];
    if (!token || (text !== undefined && token.text !== text))
      throw new Unresolved(`expression "${this.source.trim()}" is computed only by Terraform`);
    this.at++;
    return token;
  }

  expression(): unknown {
    const token = this.take();
    if (token.kind === 'number') return token.value;
    if (token.kind === 'string') return evaluateTemplate(token.text, this.scope);
    if (token.text === '[') return this.list(']');
    if (token.text === '{') return this.object();
    if (token.text === '(') {
      const value = this.expression();
      this.take(')');
      return value;
    }
    if (token.kind !== 'ident')
      throw new Unresolved(`expression "${this.source.trim()}" is computed only by Terraform`);
    if (token.text === 'true') return true;
    if (token.text === 'false') return false;
    if (token.text === 'null') return null;
    if (this.peek('(')) {
      this.take('(');
      return call(token.text, this.list(')'));
    }
    return this.traversal(token.text);
  }

  private list(close: string): unknown[] {
    const items: unknown[] = [];
    while (!this.peek(close)) {
      items.push(this.expression());
      if (this.peek('...')) this.take();
      if (!this.peek(close)) this.take(',');
    }
    this.take(close);
    return items;
  }

  private object(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    while (!this.peek('}')) {
      const key = this.take();
      if (!this.peek('=')) this.take(':');
      else this.take('=');
      result[String(key.value ?? key.text)] = this.expression();
      if (this.peek(',')) this.take(',');
    }
    this.take('}');
    return result;
  }

  /** `a.b[0].c`: the steps after the root name. */
  private steps(): (string | number)[] {
    const steps: (string | number)[] = [];
    for (;;) {
      if (this.peek('.')) {
        this.take('.');
        const next = this.take();
        if (next.text === '*') throw new Unresolved(`splat expression "${this.source.trim()}"`);
        steps.push(next.kind === 'number' ? Number(next.value) : next.text);
      } else if (this.peek('[')) {
        this.take('[');
        if (this.peek('*')) throw new Unresolved(`splat expression "${this.source.trim()}"`);
        const index = this.expression();
        this.take(']');
        steps.push(typeof index === 'number' ? index : String(index));
      } else return steps;
    }
  }

  private traversal(root: string): unknown {
    const steps = this.steps();
    const [first, second, third, ...rest] = steps;
    switch (root) {
      case 'var':
        return index(this.scope.variable(String(first)), steps.slice(1));
      case 'local':
        return index(this.scope.local(String(first)), steps.slice(1));
      case 'count':
        if (first === 'index' && this.scope.countIndex !== undefined) return this.scope.countIndex;
        throw new Unresolved('count.index outside a resource with count');
      case 'data':
        return index(this.scope.data(String(first), String(second), String(third)), rest);
      default: {
        if (!this.scope.isResource(root) || first === undefined)
          throw new Unresolved(`${[root, ...steps].join('.')} is not known before apply`);
        let address = `${root}.${String(first)}`;
        let tail = steps.slice(1);
        if (tail.length && typeof tail[0] === 'number') {
          address += `[${tail[0]}]`;
          tail = tail.slice(1);
        } else if (tail.length >= 2 && typeof tail[0] === 'string' && tail.length > 1 && !/^[a-z_]+$/.test(tail[0])) {
          address += `["${tail[0]}"]`;
          tail = tail.slice(1);
        }
        return new TfRef(address, tail.map(String).join('.') || 'id');
      }
    }
  }
}

function index(value: unknown, steps: (string | number)[]): unknown {
  let current = value;
  for (const step of steps) {
    if (current === null || typeof current !== 'object' || !(step in current))
      throw new Unresolved(`no "${step}" in the value`);
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

function text(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Unresolved('function argument');
}

function call(name: string, args: unknown[]): unknown {
  switch (name) {
    case 'cidrsubnet':
      try {
        return cidrSubnet(text(args[0]), Number(args[1]), Number(args[2]));
      } catch (error) {
        throw new Unresolved(`cidrsubnet: ${(error as Error).message}`);
      }
    case 'element': {
      const list = args[0];
      if (!Array.isArray(list) || list.length === 0) throw new Unresolved('element of an unknown list');
      return list[Number(args[1]) % list.length];
    }
    case 'length':
      if (Array.isArray(args[0])) return args[0].length;
      if (typeof args[0] === 'string') return args[0].length;
      throw new Unresolved('length of an unknown value');
    case 'concat':
      return args.flatMap((list) => (Array.isArray(list) ? list : []));
    case 'tolist':
    case 'toset':
    case 'tomap':
    case 'sensitive':
    case 'nonsensitive':
      return args[0];
    case 'tostring':
      return text(args[0]);
    case 'tonumber':
      return Number(text(args[0]));
    case 'lower':
      return text(args[0]).toLowerCase();
    case 'upper':
      return text(args[0]).toUpperCase();
    case 'join':
      return (Array.isArray(args[1]) ? args[1] : []).map(text).join(text(args[0]));
    case 'split':
      return text(args[1]).split(text(args[0]));
    case 'format': {
      let n = 1;
      return text(args[0]).replace(/%[sdv%]/g, (spec) => (spec === '%%' ? '%' : text(args[n++])));
    }
    case 'lookup': {
      const map = args[0];
      const key = text(args[1]);
      if (map && typeof map === 'object' && key in map) return (map as Record<string, unknown>)[key];
      if (args.length > 2) return args[2];
      throw new Unresolved(`lookup: no key "${key}"`);
    }
    case 'merge':
      return Object.assign({}, ...args.filter((m) => m && typeof m === 'object'));
    case 'coalesce':
      return args.find((v) => v !== null && v !== '');
    default:
      throw new Unresolved(`${name}() is evaluated only by Terraform`);
  }
}
