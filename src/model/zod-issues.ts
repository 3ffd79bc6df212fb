import './no-eval.ts';
import type * as z from 'zod';
import { error, jsonPath, type ValidationIssue } from './issues.ts';
import { aType, named, orList } from './labels.ts';
import { RESOURCE_TYPES, type ResourceType } from './schema.ts';
import { expectedText, FIELD_RULES, ID_HINT, MISSING_HINTS, show } from './zod-hints.ts';

/**
 * Turns zod issues into the document's issue shape with sentences a person can act on.
 * Raw zod messages ("Invalid input") never reach people: each issue kind gets its own
 * sentence, naming the resource, the field and the value, and saying what would fix it.
 */
export function translateZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ValidationIssue[] {
  return issues.flatMap((issue) => translate(issue, input));
}

interface Context {
  /** `Subnet "private-a"`, `Intent "i1"`, `The document`. */
  readonly subject: string;
  readonly resource: string | null;
  /** The path inside the resource or intent, for messages: `routes[0].target`. */
  readonly field: string;
  readonly type: ResourceType | undefined;
  readonly raw: unknown;
}

function translate(issue: z.core.$ZodIssue, input: unknown): ValidationIssue[] {
  const path = issue.path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number');
  const context = contextOf(path, input);
  const value = valueAt(input, path);
  const at = jsonPath(path);
  const last = path[path.length - 1];
  const lastKey = typeof last === 'string' ? last : undefined;
  const { subject, field } = context;

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      error('FIELD_UNKNOWN', context.resource, jsonPath([...path, key]), unknownKeyMessage(context, path, key)),
    );
  }
  if (value === undefined && path.length > 0 && lastKey !== undefined) {
    return [error('FIELD_MISSING', context.resource, at, missingMessage(context, lastKey, issue))];
  }
  if (path.length === 0 && (issue.code === 'invalid_type' || value === null || typeof value !== 'object')) {
    return [
      error(
        'NOT_AN_OBJECT',
        null,
        '$',
        'The file is not a VPC Lab document: expected a JSON object with "format": "vpclab". Open a file exported by VPC Lab.',
      ),
    ];
  }
  if (issue.code === 'invalid_union' && issue.discriminator === 'type' && lastKey === 'type') {
    return [
      error(
        'RESOURCE_TYPE_UNKNOWN',
        context.resource,
        at,
        `${subject}: type ${show(value)} is not a resource type. Use one of ${RESOURCE_TYPES.join(', ')}.`,
      ),
    ];
  }
  if (lastKey === 'id' && issue.code === 'invalid_format' && typeof value === 'string') {
    const code = value.includes('/') ? 'ID_RESERVED_CHARACTER' : 'ID_INVALID';
    const why = value.includes('/')
      ? `"/" is reserved for implicit resources such as "vpc-main/default"`
      : 'it is not a valid id';
    return [error(code, context.resource, at, `${subject}: id "${value}" cannot be used: ${why}. ${ID_HINT}.`)];
  }
  const fieldRule = lastKey === undefined ? undefined : FIELD_RULES[lastKey];
  if (fieldRule && issue.code !== 'invalid_type') {
    return [error(fieldRule.code, context.resource, at, `${subject}: ${field} is ${show(value)}. ${fieldRule.hint}`)];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [
        error(
          'FIELD_TYPE',
          context.resource,
          at,
          `${subject}: ${field} must be ${expectedText(issue.expected)}, not ${show(value)}.${fieldRule ? ` ${fieldRule.hint}` : ''}`,
        ),
      ];
    case 'invalid_value':
      return [
        error(
          'FIELD_VALUE',
          context.resource,
          at,
          `${subject}: ${field} is ${show(value)}, but it must be ${orList(issue.values.map((v) => show(v)))}.`,
        ),
      ];
    case 'invalid_union':
      return [
        error(
          'FIELD_VALUE',
          context.resource,
          at,
          `${subject}: ${field} is ${show(value)}, which is not an allowed value${issue.discriminator ? ` (use ${orList(unionOptions(issue).map((v) => show(v)))})` : ''}.`,
        ),
      ];
    case 'too_small':
      return [
        error(
          sizeCode(issue.origin, 'small'),
          context.resource,
          at,
          tooSmallMessage(context, issue.origin, issue.minimum, value),
        ),
      ];
    case 'too_big':
      return [
        error(
          sizeCode(issue.origin, 'big'),
          context.resource,
          at,
          tooBigMessage(context, issue.origin, issue.maximum, value),
        ),
      ];
    case 'invalid_format':
      return [
        error(
          'REFERENCE_INVALID',
          context.resource,
          at,
          `${subject}: ${field} ${show(value)} is not a valid id. ${ID_HINT}; implicit ids look like "vpc-main/default".`,
        ),
      ];
    default:
      return [
        error(
          'FIELD_INVALID',
          context.resource,
          at,
          `${subject}: ${field} has an invalid value ${show(value)}. Check it against the VPC Lab format.`,
        ),
      ];
  }
}

function contextOf(path: readonly (string | number)[], input: unknown): Context {
  const [head, index, ...rest] = path;
  if ((head === 'resources' || head === 'intents') && typeof index === 'number') {
    const raw = valueAt(input, [head, index]);
    const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : null;
    const field = jsonPath(rest).replace(/^\$\.?/, '') || 'the entry';
    if (head === 'intents') {
      return {
        subject: id === null ? `Intent ${index + 1}` : `Intent "${id}"`,
        resource: id,
        field,
        type: undefined,
        raw,
      };
    }
    const rawType = isRecord(raw) ? raw['type'] : undefined;
    const type = RESOURCE_TYPES.find((t) => t === rawType);
    const subject =
      type && id !== null
        ? named(type, id)
        : id !== null
          ? `Resource "${id}"`
          : `Resource ${index + 1} (resources[${index}])`;
    return { subject, resource: id, field, type, raw };
  }
  if (head === 'annotations' && typeof index === 'number') {
    const raw = valueAt(input, [head, index]);
    const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : null;
    return {
      subject: id === null ? `Annotation ${index + 1}` : `Annotation "${id}"`,
      resource: null,
      field: jsonPath(rest).replace(/^\$\.?/, '') || 'the entry',
      type: undefined,
      raw,
    };
  }
  if (head === 'layout' && typeof index === 'string') {
    return {
      subject: `Layout of "${index}"`,
      resource: null,
      field: jsonPath(rest).replace(/^\$\.?/, '') || 'the entry',
      type: undefined,
      raw: undefined,
    };
  }
  return {
    subject: 'The document',
    resource: null,
    field: jsonPath(path).replace(/^\$\.?/, '') || 'the document',
    type: undefined,
    raw: input,
  };
}

function unknownKeyMessage(context: Context, path: readonly (string | number)[], key: string): string {
  const where = path.length <= 2 || context.field === 'the entry' ? '' : ` in ${context.field}`;
  if (context.type === 'vpc-endpoint' && isRecord(context.raw) && typeof context.raw['kind'] === 'string') {
    const kind = context.raw['kind'];
    const has =
      kind === 'gateway' ? 'a VPC, a service and route tables' : 'a VPC, a service, subnets and security groups';
    return `${context.subject}: a ${kind} endpoint has no field "${key}" (it takes ${has}). Remove "${key}" or change the endpoint's kind.`;
  }
  const of = context.type ? ` of ${aType(context.type)}` : '';
  const free = context.resource !== null ? 'free-form data belongs in "tags"' : 'free-form data belongs under "meta"';
  return `${context.subject}: "${key}"${where} is not a field${of} in the VPC Lab format. Remove it or fix its spelling; ${free}.`;
}

function missingMessage(context: Context, key: string, issue: z.core.$ZodIssue): string {
  if (key === 'type' && issue.code === 'invalid_union') {
    return `${context.subject} has no "type". Add one of ${RESOURCE_TYPES.join(', ')}.`;
  }
  const choices =
    issue.code === 'invalid_union' && issue.discriminator
      ? ` (${orList(unionOptions(issue).map((v) => show(v)))})`
      : issue.code === 'invalid_value'
        ? ` (${orList(issue.values.map((v) => show(v)))})`
        : '';
  const hint = MISSING_HINTS[key];
  return `${context.subject}: required field "${context.field}" is missing. Add it${choices || (hint ? ` (${hint})` : '')}.`;
}

function tooSmallMessage(context: Context, origin: string, minimum: number | bigint, value: unknown): string {
  if (origin === 'array')
    return `${context.subject}: ${context.field} is empty. List at least ${minimum === 1 ? 'one' : minimum}.`;
  if (origin === 'string') return `${context.subject}: ${context.field} is empty. Write a value.`;
  return `${context.subject}: ${context.field} is ${show(value)}, below the minimum of ${minimum}. Use ${minimum} or more.`;
}

function tooBigMessage(context: Context, origin: string, maximum: number | bigint, value: unknown): string {
  if (origin === 'array') return `${context.subject}: ${context.field} lists too many items. Keep at most ${maximum}.`;
  if (origin === 'string') return `${context.subject}: ${context.field} is too long. Keep it to ${maximum} characters.`;
  return `${context.subject}: ${context.field} is ${show(value)}, above the maximum of ${maximum}. Use ${maximum} or less.`;
}

function sizeCode(origin: string, which: 'small' | 'big'): string {
  if (origin === 'array') return which === 'small' ? 'LIST_EMPTY' : 'LIST_TOO_LONG';
  if (origin === 'string') return which === 'small' ? 'TEXT_EMPTY' : 'TEXT_TOO_LONG';
  return 'VALUE_OUT_OF_RANGE';
}

function unionOptions(issue: z.core.$ZodIssue): readonly unknown[] {
  return 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current = input;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isRecord(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
