import {
  ALL_PORTS,
  hasPorts,
  parseCidr,
  parsePorts,
  parseProtocol,
  type Cidr,
  type Range,
  type RangeSet,
} from '../../net/index.ts';
import { ruleSpace } from '../flow-space.ts';
import { isServicePrefixList, type NaclRule, type SgRule } from '../../model/index.ts';
import { SERVICE_BLOCKS } from '../aws-services.ts';
import type { CNaclRule, CSgRule } from '../compiled.ts';

/**
 * Rule compilation. Validation has already checked syntax; anything that still does not
 * parse is dropped here (a broken rule matches nothing) rather than crashing the analysis.
 */

export function block(text: string): Cidr | undefined {
  const parsed = parseCidr(text);
  return parsed.ok ? parsed.value : undefined;
}

function protocolAndPorts(
  protocol: string | number,
  ports: string | undefined,
): { protocol: number; ports: Range; space4: RangeSet; space6: RangeSet } | undefined {
  const number = parseProtocol(protocol);
  if (!number.ok) return undefined;
  // Ports only narrow TCP and UDP; a rule for all protocols or ICMP covers every "port".
  const range = hasPorts(number.value) ? parsePorts(ports) : ({ ok: true, value: ALL_PORTS } as const);
  if (!range.ok) return undefined;
  return {
    protocol: number.value,
    ports: range.value,
    space4: ruleSpace(number.value, range.value, 4),
    space6: ruleSpace(number.value, range.value, 6),
  };
}

export function compileNaclRules(rules: readonly NaclRule[]): CNaclRule[] {
  const out: CNaclRule[] = [];
  for (const rule of rules) {
    const match = protocolAndPorts(rule.protocol, rule.ports);
    const cidr = block(rule.cidr);
    if (!match || !cidr) continue;
    out.push({ number: rule.rule, allow: rule.action === 'allow', ...match, block: cidr });
  }
  return out.sort((a, b) => a.number - b.number);
}

/**
 * Security group rules, one compiled rule per block: a rule naming a customer-managed prefix
 * list becomes one rule per entry (all at the rule's position), so it matches any address in
 * the list. `listBlocks` gives a list's entries, undefined when the list does not exist.
 */
export function compileSgRules(
  rules: readonly SgRule[],
  listBlocks: (id: string) => readonly Cidr[] | undefined,
): CSgRule[] {
  const out: CSgRule[] = [];
  rules.forEach((rule, i) => {
    const match = protocolAndPorts(rule.protocol, rule.ports);
    if (!match) return;
    const position = i + 1;
    if (rule.cidr !== undefined) {
      const cidr = block(rule.cidr);
      if (cidr) out.push({ position, ...match, peer: { kind: 'cidr', block: cidr } });
    } else if (rule.securityGroup !== undefined) {
      out.push({ position, ...match, peer: { kind: 'group', group: rule.securityGroup } });
    } else if (rule.prefixList !== undefined) {
      const list = rule.prefixList;
      const blocks = isServicePrefixList(list) ? [SERVICE_BLOCKS[list]] : (listBlocks(list) ?? []);
      for (const entry of blocks) out.push({ position, ...match, peer: { kind: 'prefix-list', list, block: entry } });
    }
  });
  return out;
}
