import { useCallback } from 'react';
import type { Translate } from '../../../src/i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Verdict } from './connection-verdict.ts';

/** What a drawn connection will add, or why it cannot, in the page's language ('' for a line back onto its own node). */
export function verdictWords(t: Translate, verdict: Verdict): string {
  if (verdict.ok && verdict.kind === 'route') {
    return t('connect:line.route', {
      destinations: verdict.plan.destinations.join(', '),
      target: verdict.plan.target.id,
    });
  }
  if (verdict.ok) {
    return t('connect:line.rule', { source: verdict.source, target: verdict.target, ports: verdict.ports[0] ?? '' });
  }
  if (verdict.code === 'itself') return '';
  return t(`connect:refused.${verdict.code as RefusalCode}`, { source: verdict.source, target: verdict.target });
}

type RefusalCode =
  | 'other-vpc'
  | 'nat-in-subnet'
  | 'no-peering'
  | 'same-vpc'
  | 'same-vpc-subnet'
  | 'no-on-premises'
  | 'no-internet-gateway'
  | 'not-a-route-target'
  | 'not-a-rule-target'
  | 'same-resource';

export function useVerdictWords(): (verdict: Verdict) => string {
  const t = useT();
  return useCallback((verdict: Verdict) => verdictWords(t, verdict), [t]);
}
