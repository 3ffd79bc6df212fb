import type { DecidingRule, Header, Hop, TraceResult } from '../../engine/index.ts';
import { translator, type Language } from '../../i18n/i18n.ts';
import { explanationSentence } from '../../i18n/render/explanation.ts';
import { filterActionWord, hopText } from '../../i18n/render/hop-note.ts';
import { assertNever } from '../../model/index.ts';
import { passingText } from './passing.ts';
import { renderTable } from './table.ts';

/**
 * The readable trace report in a language: the verdict line, the resolved flow, hop tables for
 * the forward and return paths, each explanation with its fix, then a balancer's legs (indented,
 * same layout).
 */
export function formatTrace(result: TraceResult, language: Language = 'en', indent = ''): string[] {
  const t = translator(language);
  const { flow } = result;
  const lines = [
    `${indent}${t('cli:trace.headline', {
      verdict: t('cli:verdict', { verdict: result.verdict }),
      from: flow.from,
      to: flow.to,
      protocol: flow.protocol,
      hasPort: flow.destinationPort === '' ? 'no' : 'yes',
      port: flow.destinationPort,
      ipVersion: String(flow.ipVersion),
    })}`,
    `${indent}${t('cli:trace.flow', {
      source: endpoint(flow.source, flow.sourcePorts),
      destination: endpoint(flow.destination, flow.destinationPort),
    })}`,
  ];
  if (result.passing) {
    lines.push(`${indent}${t('cli:trace.passes', { passing: passingText(result.passing) })}`);
    // The engine walks every protocol but records the path of the first one only.
    const shown = result.forward[0]?.header.protocol;
    if (shown) lines.push(`${indent}${t('cli:trace.hopsFollow', { protocol: shown })}`);
  }
  lines.push('', ...hopSection(t('cli:trace.forward'), result.forward, indent, language));
  lines.push('', ...hopSection(t('cli:trace.return'), result.return, indent, language));
  if (result.explanations.length > 0) {
    lines.push('', `${indent}${t('cli:trace.explanations')}`);
    result.explanations.forEach((e, i) => {
      const where = [
        t('cli:path', { path: e.path }),
        ...(e.direction ? [t('cli:direction', { direction: e.direction })] : []),
      ].join(', ');
      const sentence = explanationSentence(e, language);
      lines.push(
        `${indent}  ${i + 1}. ${t('cli:trace.at', { code: e.code, component: e.component, where })}`,
        `${indent}     ${sentence.message}`,
        `${indent}     ${t('cli:trace.fix', { fix: sentence.fix })}`,
      );
    });
  }
  if (result.legs?.length) {
    lines.push('', `${indent}${t('cli:trace.legs')}`);
    for (const leg of result.legs) lines.push('', ...formatTrace(leg, language, `${indent}    `));
  }
  return lines;
}

function hopSection(title: string, hops: readonly Hop[], indent: string, language: Language): string[] {
  const t = translator(language);
  if (hops.length === 0) return [`${indent}${t('cli:trace.noHops', { title })}`];
  const rows = hops.map((hop, i) => [
    String(i + 1),
    hop.component,
    hop.componentType,
    filterActionWord(hop, language) ?? t('cli:action', { action: hop.action }),
    hop.rule ? ruleText(hop.rule) : '-',
    headerText(hop.header),
    hopText(hop, language),
  ]);
  const column = (key: 'component' | 'type' | 'action' | 'rule' | 'header' | 'note') => t(`cli:trace.columns.${key}`);
  return [
    `${indent}${title}:`,
    ...renderTable(
      ['#', column('component'), column('type'), column('action'), column('rule'), column('header'), column('note')],
      rows,
      `${indent}  `,
    ),
  ];
}
/** The deciding rule, short: `rt-public 0.0.0.0/0 -> igw`, `nacl-a in #100`, `sg-web out rule 2`. */
export function ruleText(rule: DecidingRule): string {
  switch (rule.kind) {
    case 'route':
      return `${rule.table} ${rule.destination} -> ${rule.target}`;
    case 'nacl-rule':
      return `${rule.nacl} ${rule.direction === 'ingress' ? 'in' : 'out'} #${rule.rule}`;
    case 'sg-rule':
      return `${rule.group} ${rule.direction === 'ingress' ? 'in' : 'out'} rule ${rule.rule}`;
    case 'tgw-route':
      return `${rule.gateway} ${rule.destination} -> ${rule.attachment} (${rule.origin})`;
    case 'listener':
      return `${rule.balancer} listener ${rule.protocol} ${rule.port}`;
    default:
      return assertNever(rule);
  }
}

function headerText(header: Header): string {
  return `${endpoint(header.source, header.sourcePorts)} -> ${endpoint(header.destination, header.destinationPorts)}`;
}

/** `10.0.1.10:443`, `[2600:1f18::10]:443`, or the bare address when the protocol has no ports. */
function endpoint(address: string, ports: string): string {
  if (ports === '') return address || '?';
  return `${address.includes(':') ? `[${address}]` : address || '?'}:${ports}`;
}
