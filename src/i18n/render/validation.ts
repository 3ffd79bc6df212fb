import type { ValidationIssue } from '../../model/index.ts';
import type { TraceProblem } from '../../engine/index.ts';
import { translator, type Language } from '../i18n.ts';
import enValidation from '../locales/en/validation.json';

type ValidationCode = keyof typeof enValidation.code;
type AboutCode = keyof typeof enValidation.about;

/** The codes the catalogue words from their full params (validation.test.ts checks their English). */
function isWorded(code: string): code is ValidationCode {
  return Object.hasOwn(enValidation.code, code);
}

/** The codes the catalogue words from where the issue is (every code the validator emits). */
function isAbout(code: string): code is AboutCode {
  return Object.hasOwn(enValidation.about, code);
}

/** The field of an issue's path, without the `resources[3].` or `intents[0].` that `resource` names. */
function fieldOfPath(path: string, hasResource: boolean): string {
  const field = path.replace(/^\$\.?/, '');
  return hasResource ? field.replace(/^(resources|intents)\[\d+\]\.?/, '') : field;
}

/** ICU select keys cannot hold "-": `route-table` is `route_table` in the catalogue. */
const selectKey = (value: string | number | undefined) => String(value ?? '').replace(/-/g, '_');

/**
 * A validation issue's message in a language. English is the validator's own sentence (tests
 * and ui.md rely on its wording); another language words it from the issue's code and params
 * (catalogue `validation`, which names the resource and the field). An issue whose code the
 * catalogue does not word yet keeps its English.
 * @example validationText(report.errors[0], 'ja')
 */
export function validationText(
  issue: Pick<ValidationIssue, 'code' | 'message' | 'params'> & Partial<Pick<ValidationIssue, 'resource' | 'path'>>,
  language: Language,
): string {
  if (language === 'en') return issue.message;
  const t = translator(language);
  const { params } = issue;
  if (!params || !isWorded(issue.code)) {
    if (!isAbout(issue.code)) return issue.message;
    // `reason` picks a sentence where a code has several (JSON_SYNTAX): `other` when not given.
    return t(`validation:about.${issue.code}`, { reason: 'other', ...params, subject: subjectOf(issue, language) });
  }
  return t(`validation:code.${issue.code}`, {
    ...params,
    name: t('validation:name', { type: selectKey(params['type']), id: String(params['id'] ?? '') }),
    targetWord: t('validation:typeWord', { targetType: selectKey(params['targetType']) }),
  });
}

/**
 * Where an issue is, for a message worded from its code alone: the resource and its field
 * (`「web-1」の privateIp`), the resource, the document's field, or the document.
 */
function subjectOf(issue: Partial<Pick<ValidationIssue, 'resource' | 'path'>>, language: Language): string {
  const t = translator(language);
  const id = issue.resource;
  const field = fieldOfPath(issue.path ?? '$', id !== null && id !== undefined);
  if (id !== null && id !== undefined) {
    return field === '' ? t('validation:subject.resource', { id }) : t('validation:subject.field', { id, field });
  }
  // Without a resource, the field is the document's own address as written: `$.resources[0].id`.
  return field === '' ? t('validation:subject.document') : t('validation:subject.documentField', { field: issue.path });
}

/** `id: message` (or `document: message`), as lists of errors show an issue. */
export function validationLine(
  issue: Pick<ValidationIssue, 'code' | 'message' | 'params' | 'resource'>,
  language: Language,
): string {
  const where = issue.resource ?? translator(language)('validation:document');
  return `${where}: ${validationText(issue, language)}`;
}

/**
 * Why a flow could not be traced (an intent's `error`), in a language: English is the engine's
 * own sentence; another language words it from the problem's field, code and text.
 */
export function traceProblemText(
  result: { readonly error?: string | undefined; readonly problem?: TraceProblem | undefined },
  language: Language,
): string {
  if (language === 'en' || !result.problem) return result.error ?? '';
  return translator(language)('validation:traceProblem', { ...result.problem });
}
