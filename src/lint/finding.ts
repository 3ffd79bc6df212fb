import { findingText } from '../i18n/render/finding.ts';
import type { Finding, FindingParams } from './types.ts';

/**
 * A finding with its English message, worded from its code and params by the `findings`
 * catalogue (the page and the CLI's --lang word it in their own language from the same params).
 */
export function finding(fields: Omit<Finding, 'message' | 'params'> & { readonly params: FindingParams }): Finding {
  return { ...fields, message: findingText(fields, 'en') };
}
