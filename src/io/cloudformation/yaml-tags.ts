import type { YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Document, type Node, type Tags } from 'yaml';

/**
 * CloudFormation's YAML short forms. `!Ref X` is `{ Ref: X }` and every other `!Fn` is
 * `{ "Fn::Fn": … }`; `!GetAtt A.B` also takes the dotted string form. Each tag is accepted on a
 * scalar, a sequence or a mapping, as CloudFormation does (`!GetAZs ''`, `!GetAZs { Ref: … }`).
 */
const FUNCTIONS = [
  'GetAtt',
  'Sub',
  'Select',
  'GetAZs',
  'Join',
  'Cidr',
  'Split',
  'FindInMap',
  'If',
  'Base64',
  'ImportValue',
  'Equals',
  'And',
  'Or',
  'Not',
  'Condition',
  'Length',
  'ToJsonString',
] as const;

function longForm(name: string, value: unknown): Record<string, unknown> {
  if (name === 'Ref') return { Ref: value };
  if (name === 'Condition') return { Condition: value };
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

function tagsFor(name: string): Tags {
  const tag = `!${name}`;
  return [
    { tag, identify: () => false, resolve: (text: string) => longForm(name, text) },
    { tag, identify: () => false, collection: 'seq', resolve: (seq) => longForm(name, (seq as YAMLSeq).toJSON()) },
    { tag, identify: () => false, collection: 'map', resolve: (map) => longForm(name, (map as YAMLMap).toJSON()) },
  ] as Tags;
}

export const CLOUDFORMATION_TAGS: Tags = ['Ref', ...FUNCTIONS].flatMap(tagsFor);

/** Parses a YAML or JSON template (JSON is YAML); throws with the line of a syntax error. */
export function parseTemplateText(text: string): unknown {
  const document = parseDocument(text, { customTags: CLOUDFORMATION_TAGS, uniqueKeys: true });
  if (document.errors.length) throw new Error(document.errors[0]!.message);
  return document.toJS({ maxAliasCount: 100 });
}

/**
 * Rewrites `{ Ref: X }` and `{ "Fn::GetAtt": [A, B] }` / `{ "Fn::Sub": "…" }` / … in a YAML
 * document into the short forms people write (`!Ref X`, `!GetAtt A.B`, `!Sub …`).
 */
export function useShortForms(document: Document): void {
  visit(document, {
    Map(_key, node) {
      if (!isMap(node) || node.items.length !== 1) return undefined;
      const pair = node.items[0]!;
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== 'string') return undefined;
      const value = pair.value as Node | null;
      if (key === 'Ref' && isScalar(value)) return tagged(new Scalar(value.value), '!Ref');
      if (!key.startsWith('Fn::')) return undefined;
      const name = key.slice(4);
      if (name === 'GetAtt' && isSeq(value) && value.items.length === 2 && value.items.every(isScalar)) {
        const [resource, attribute] = value.items as Scalar[];
        return tagged(new Scalar(`${String(resource!.value)}.${String(attribute!.value)}`), '!GetAtt');
      }
      if (value && (isScalar(value) || isSeq(value) || isMap(value))) return tagged(value, `!${name}`);
      return undefined;
    },
  });
}

function tagged<T extends Node>(node: T, tag: string): T {
  node.tag = tag;
  if (isScalar(node) && node.value === '') node.type = Scalar.QUOTE_SINGLE;
  return node;
}
