import { cellBetween, type Analysis } from '../../engine/index.ts';
import { formatPorts } from '../../net/index.ts';
import { cellPortsOf, type CellPorts } from '../matrix-data.ts';
import { translator, type Language } from '../../i18n/i18n.ts';
import { renderTable } from './table.ts';

const LONGEST_CELL = 16;

/** The readable matrix: rows are sources, columns destinations, compact cells, then a legend. */
export function formatMatrix(analysis: Analysis, port: number | undefined, language: Language = 'en'): string[] {
  const t = translator(language);
  const ids = analysis.endpoints.map((e) => e.id);
  const rows = ids.map((from) => [
    from,
    ...ids.map((to) => (from === to ? '·' : cellText(cellPortsOf(cellBetween(analysis, from, to), port), port))),
  ]);
  return [
    t('cli:matrix.title', {
      ipVersion: String(analysis.ipVersion),
      hasPort: port === undefined ? 'no' : 'yes',
      port: String(port ?? ''),
    }),
    '',
    ...renderTable([t('cli:matrix.corner'), ...ids], rows),
    '',
    ...legend(port, language),
  ];
}

function cellText(ports: CellPorts | undefined, port: number | undefined): string {
  if (!ports) return '·';
  if (port !== undefined) return ports.tcp.length > 0 ? '✓' : '✗';
  const tcpAll = ports.tcp.length === 1 && formatPorts(ports.tcp[0]!) === 'all';
  const udpAll = ports.udp.length === 1 && formatPorts(ports.udp[0]!) === 'all';
  if (tcpAll && udpAll && ports.icmp && ports.other) return '✓';
  const more = ports.udp.length > 0 || ports.icmp || ports.other;
  if (ports.tcp.length === 0) return more ? '-+' : '✗';
  let text = ports.tcp.map(formatPorts).join(',');
  if (text.length > LONGEST_CELL) text = `${text.slice(0, LONGEST_CELL - 1)}…`;
  return text + (more ? '+' : '');
}

function legend(port: number | undefined, language: Language): string[] {
  const t = translator(language);
  if (port !== undefined) return [t('cli:matrix.legendPort', { port: String(port) })];
  return [t('cli:matrix.legend1'), t('cli:matrix.legend2'), t('cli:matrix.legend3')];
}
