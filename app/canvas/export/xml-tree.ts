/**
 * A small, strict XML reader for tests in Node (no DOM there): elements, attributes and text,
 * the five predefined entities and character references. Anything not well-formed throws, so
 * a test that reads an exported SVG with it also proves the file is valid XML. Pure, so e2e
 * reads exported files with it too (tsconfig.node.json lists it, as it does picture-pixels.ts).
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text and its descendants', decoded. */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`"<" in text or attribute at ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated entity at ${where}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const code = body.startsWith('#x')
      ? parseInt(body.slice(2), 16)
      : body.startsWith('#')
        ? Number(body.slice(1))
        : NaN;
    if (!Number.isInteger(code)) throw new Error(`unknown entity &${body}; at ${where}`);
    return String.fromCodePoint(code);
  });
}

export function parseXml(source: string): XmlElement {
  let at = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skipSpace = () => {
    while (/\s/.test(source[at] ?? '')) at++;
  };
  if (source.startsWith('<?xml')) at = source.indexOf('?>') + 2;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const text = source.slice(at, lt < 0 ? source.length : lt);
    if (stack.length === 0) {
      if (text.trim() !== '') throw new Error(`text outside the root element at ${at}`);
    } else {
      const decoded = decode(text, at);
      for (const open of stack) open.text += decoded;
    }
    if (lt < 0) break;
    at = lt + 1;
    if (source.startsWith('!--', at)) {
      at = source.indexOf('-->', at) + 3;
      continue;
    }
    if (source[at] === '/') {
      const name = NAME.exec(source.slice(at + 1))?.[0];
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> does not close <${open?.name}> at ${at}`);
      at = source.indexOf('>', at) + 1;
      continue;
    }
    const name = NAME.exec(source.slice(at))?.[0];
    if (!name) throw new Error(`bad tag at ${at}`);
    at += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', at) || source[at] === '>') break;
      const key = NAME.exec(source.slice(at))?.[0];
      if (!key) throw new Error(`bad attribute at ${at}`);
      at += key.length;
      if (source[at] !== '=' || (source[at + 1] !== '"' && source[at + 1] !== "'")) {
        throw new Error(`unquoted attribute ${key} at ${at}`);
      }
      const quote = source[at + 1]!;
      const end = source.indexOf(quote, at + 2);
      if (key in attributes) throw new Error(`duplicate attribute ${key} at ${at}`);
      attributes[key] = decode(source.slice(at + 2, end), at);
      at = end + 1;
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else if (root) throw new Error(`a second root element at ${at}`);
    else root = element;
    if (source.startsWith('/>', at)) at += 2;
    else {
      at += 1;
      stack.push(element);
    }
  }
  if (!root || stack.length > 0) throw new Error('unclosed elements');
  return root;
}

/** Every element of the tree, the root first, breadth first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (let i = 0; i < out.length; i++) out.push(...out[i]!.children);
  return out;
}
