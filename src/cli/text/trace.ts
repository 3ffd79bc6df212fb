import type { DecidingRule, Header, Hop, TraceResult } from '../../engine/index.ts';
import { hopNoteText } from '../../i18n/render/hop-note.ts';
import { assertNever } from '../../model/index.ts';
import { passingText } from './passing.ts';
import { renderTable } from './table.ts';

/**
 * The readable trace report: the verdict line, the resolved flow, hop tables for the forward and
 * return paths, each explanation with its fix, then a balancer's legs (indented, same layout).
 */
export function formatTrace(result: TraceResult, indent = ''): string[] {
  const { flow } = result;
  const what =
    flow.protocol === 'all'
      ? 'all protocols'
      : `${flow.protocol}${flow.destinationPort === '' ? '' : ` port ${flow.destinationPort}`}`;
  const lines = [
    `${indent}${result.verdict.toUpperCase()}: ${flow.from} -> ${flow.to}, ${what}, IPv${flow.ipVersion}`,
    `${indent}Flow: ${endpoint(flow.source, flow.sourcePorts)} -> ${endpoint(flow.destination, flow.destinationPort)}`,
  ];
  if (result.passing) {
    lines.push(`${indent}Passes: ${passingText(result.passing)}`);
    // The engine walks every protocol but records the path of the first one only.
    const shown = result.forward[0]?.header.protocol;
    if (shown) lines.push(`${indent}The hops below follow ${shown} on every port.`);
  }
  lines.push('', ...hopSection('Forward path', result.forward, indent));
  lines.push('', ...hopSection('Return path', result.return, indent));
  if (result.explanations.length > 0) {
    lines.push('', `${indent}Explanations (the first is the principal blocker):`);
    result.explanations.forEach((e, i) => {
      const where = [e.path, e.direction].filter(Boolean).join(', ');
      lines.push(
        `${indent}  ${i + 1}. ${e.code} at ${e.component} (${where})`,
        `${indent}     ${e.message}`,
        `${indent}     Fix: ${e.fix}`,
      );
    });
  }
  if (result.legs?.length) {
    lines.push('', `${indent}Load balancer legs:`);
    for (const leg of result.legs) lines.push('', ...formatTrace(leg, `${indent}    `));
  }
  return lines;
}

function hopSection(title: string, hops: readonly Hop[], indent: string): string[] {
  if (hops.length === 0) return [`${indent}${title}: no hops (the flow never got this far)`];
  const rows = hops.map((hop, i) => [
    String(i + 1),
    hop.component,
    hop.componentType,
    hop.action,
    hop.rule ? ruleText(hop.rule) : '-',
    headerText(hop.header),
    hopNoteText(hop.note, 'en'),
  ]);
  return [
    `${indent}${title}:`,
    ...renderTable(
      ['#', 'component', 'type', 'action', 'rule/route', 'header src -> dst', 'note'],
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
