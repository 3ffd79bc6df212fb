import type { DecidingRule, Hop } from '../../../src/engine/index.ts';
import { hopPlaces, subnetsByTable } from '../../../src/engine/index.ts';
import { documentIndex } from '../../store/document-index.ts';
import { useEditor } from '../../store/store.ts';

/** The resource whose table holds a deciding rule: a route table, a NACL or a security group. */
export function ruleOwner(rule: DecidingRule | undefined): string | undefined {
  switch (rule?.kind) {
    case 'route':
      return rule.table;
    case 'nacl-rule':
      return rule.nacl;
    case 'sg-rule':
      return rule.group;
    default:
      return undefined;
  }
}

/**
 * A hop click: selects the table that holds the deciding rule (so the inspector opens it with the
 * row highlighted), or else the component itself, and centres the canvas where the hop acted
 * (a route table or NACL is not drawn: the subnet it acted for). One lookup over the document on
 * a click, no engine work.
 */
export function focusHop(hops: readonly Hop[], i: number): void {
  const hop = hops[i];
  if (!hop) return;
  const state = useEditor.getState();
  const index = documentIndex(state.document);
  const place = hopPlaces(index, hops, subnetsByTable(index))[i];
  const owner = ruleOwner(hop.rule);
  state.focus([owner ?? hop.component], place ?? hop.component, owner === undefined ? undefined : hop.rule);
}
