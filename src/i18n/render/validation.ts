import type { ValidationIssue } from '../../model/index.ts';
import { translator, type Language } from '../i18n.ts';
import enValidation from '../locales/en/validation.json';

type ValidationCode = keyof typeof enValidation.code;

/** The codes the validation catalogue words (validation.test.ts checks their English). */
function isWorded(code: string): code is ValidationCode {
  return Object.hasOwn(enValidation.code, code);
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
  issue: Pick<ValidationIssue, 'code' | 'message' | 'params'>,
  language: Language,
): string {
  if (language === 'en' || !issue.params || !isWorded(issue.code)) return issue.message;
  const t = translator(language);
  const { params } = issue;
  return t(`validation:code.${issue.code}`, {
    ...params,
    name: t('validation:name', { type: selectKey(params['type']), id: String(params['id'] ?? '') }),
    targetWord: t('validation:typeWord', { targetType: selectKey(params['targetType']) }),
  });
}

/** `id: message` (or `document: message`), as lists of errors show an issue. */
export function validationLine(
  issue: Pick<ValidationIssue, 'code' | 'message' | 'params' | 'resource'>,
  language: Language,
): string {
  const where = issue.resource ?? translator(language)('validation:document');
  return `${where}: ${validationText(issue, language)}`;
}
