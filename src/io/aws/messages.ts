import type { Translate } from '../../i18n/i18n.ts';
import type { AwsImportWarning } from './types.ts';

/** The warning's sentence in the translator's language. */
export function awsWarningMessage(warning: AwsImportWarning, t: Translate): string {
  return t(`importAws:warning.${warning.code}`, { ...warning.values });
}

/** `vpc-0a1b (Vpcs.json): sentence` — one line of the CLI's standard error. */
export function awsWarningLine(warning: AwsImportWarning, t: Translate): string {
  const message = awsWarningMessage(warning, t);
  return warning.file === undefined
    ? t('importAws:line', { id: warning.id, message })
    : t('importAws:lineWithFile', { id: warning.id, file: warning.file, message });
}
