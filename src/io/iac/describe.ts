import type { Translate } from '../../i18n/i18n.ts';
import type { IacWarning } from './warnings.ts';

/** Where a warning points: `PublicSubnet CidrBlock`, `aws_subnet.web availability_zone`. */
export function warningPlace(warning: IacWarning): string {
  return warning.property ? `${warning.subject} ${warning.property}` : warning.subject;
}

/** One warning as a sentence in the translator's language (the `iac` catalogue). */
export function describeIacWarning(warning: IacWarning, t: Translate): string {
  return t(`iac:warning.${warning.code}`, { where: warningPlace(warning), detail: warning.detail });
}
