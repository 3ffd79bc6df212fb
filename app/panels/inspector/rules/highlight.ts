import type { DecidingRule } from '../../../../src/engine/index.ts';
import { useEditor } from '../../../store/store.ts';
import './highlight.css';

/** The rule a clicked trace hop points at (null when none): the tables mark its row. */
export function useRuleHighlight(): DecidingRule | null {
  return useEditor((state) => state.ruleHighlight);
}

const DIRECTION = { inbound: 'ingress', outbound: 'egress' } as const;

/** Whether the highlighted rule is rule `number` (or the final `*`) of this NACL and direction. */
export function isNaclRule(
  rule: DecidingRule | null,
  acl: string,
  direction: 'inbound' | 'outbound',
  number: number | '*',
): boolean {
  return (
    rule?.kind === 'nacl-rule' && rule.nacl === acl && rule.direction === DIRECTION[direction] && rule.rule === number
  );
}

/** Whether the highlighted rule is the security group rule at `position` (from 1) in this direction. */
export function isSgRule(
  rule: DecidingRule | null,
  group: string,
  direction: 'inbound' | 'outbound',
  position: number,
): boolean {
  return (
    rule?.kind === 'sg-rule' &&
    rule.group === group &&
    rule.direction === DIRECTION[direction] &&
    rule.rule === position
  );
}

/** Whether the highlighted rule is this table's route to `destination`. */
export function isRoute(rule: DecidingRule | null, table: string, destination: string): boolean {
  return rule?.kind === 'route' && rule.table === table && rule.destination === destination;
}

/**
 * Props for a row: the highlighted one says so to assistive technology (`aria-current`), gets a
 * class that outlines it and a marker, and scrolls into view.
 */
export function rowHighlight(on: boolean, className?: string) {
  if (!on) return className === undefined ? {} : { className };
  return {
    'aria-current': 'true' as const,
    className: className === undefined ? 'rule-highlight' : `${className} rule-highlight`,
    ref: (row: HTMLTableRowElement | null) => row?.scrollIntoView({ block: 'nearest' }),
  };
}
