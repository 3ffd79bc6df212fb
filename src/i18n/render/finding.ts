import type { FindingParams } from '../../lint/types.ts';
import { translator, type Language } from '../i18n.ts';
import enFindings from '../locales/en/findings.json';

type FindingCode = keyof typeof enFindings.code;

type Value = FindingParams[string];

/** `"a", "b" and "c"` in English, `「a」、「b」、「c」` in Japanese. */
export function quotedList(ids: readonly (string | number)[], language: Language): string {
  const t = translator(language);
  const quoted = ids.map((id) => t('findings:list.item', { id: String(id) }));
  if (quoted.length <= 1) return quoted[0] ?? '';
  return `${quoted.slice(0, -1).join(t('findings:list.separator'))}${t('findings:list.last')}${quoted.at(-1)!}`;
}

const listOf = (value: Value | undefined): readonly (string | number)[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value as string | number];

/**
 * The ICU values of a finding: lists quoted and joined (with their length, for plurals), the
 * administration ports by name, and which directions a network ACL closes.
 */
function valuesOf(code: string, params: FindingParams, language: Language): Record<string, string | number> {
  const t = translator(language);
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params))
    values[key] = Array.isArray(value) ? quotedList(value, language) : String(value as string | number);
  if (code === 'SG_ADMIN_PORT_OPEN_TO_WORLD') {
    const ports = listOf(params['ports']).map((port) => t('findings:adminPort', { port: String(port) }));
    values['ports'] = ports.join(t('findings:list.last'));
  }
  if (code === 'NACL_DENIES_ALL') {
    const closed = listOf(params['closed']);
    values['closed'] = closed.length === 2 ? 'both' : String(closed[0]);
    values['subnetCount'] = listOf(params['subnets']).length;
  }
  if (code === 'NAT_INSTANCE_SOURCE_DEST_CHECK') values['tableCount'] = listOf(params['tables']).length;
  return values;
}

/**
 * A configuration finding's message in a language, from its code and params (catalogue
 * `findings`); the lint rules take their English message from here too. A finding the catalogue
 * does not know (a validation warning) keeps the message it came with.
 * @example findingText({ code: 'SG_UNUSED', message: '…', params: { group: 'sg-old' } }, 'ja')
 */
export function findingText(
  finding: { readonly code: string; readonly message?: string; readonly params?: FindingParams | undefined },
  language: Language,
): string {
  const t = translator(language);
  if (!finding.params || !isFindingCode(finding.code)) return finding.message ?? finding.code;
  return t(`findings:code.${finding.code}`, valuesOf(finding.code, finding.params, language));
}

/** The codes the findings catalogue words (every lint code; findings.test.ts checks it). */
function isFindingCode(code: string): code is FindingCode {
  return Object.hasOwn(enFindings.code, code);
}
