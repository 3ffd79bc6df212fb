import { cellBetween, type Analysis } from '../../engine/index.ts';
import { formatPorts } from '../../net/index.ts';
import { cellPortsOf, type CellPorts } from '../matrix-data.ts';
import { renderTable } from './table.ts';

const LONGEST_CELL = 16;

/** The readable matrix: rows are sources, columns destinations, compact cells, then a legend. */
export function formatMatrix(analysis: Analysis, port: number | undefined): string[] {
  const ids = analysis.endpoints.map((e) => e.id);
  const rows = ids.map((from) => [
    from,
    ...ids.map((to) => (from === to ? '·' : cellText(cellPortsOf(cellBetween(analysis, from, to), port), port))),
  ]);
  const focus = port === undefined ? '' : `, TCP port ${port}`;
  return [
    `Reachability matrix, IPv${analysis.ipVersion}${focus} (rows: from, columns: to)`,
    '',
    ...renderTable(['from \\ to', ...ids], rows),
    '',
    ...legend(port),
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

function legend(port: number | undefined): string[] {
  if (port !== undefined) {
    return [`Legend: ✓ TCP port ${port} passes  ✗ it does not  · same endpoint or not analysed`];
  }
  return [
    'Legend: ✓ everything passes  ✗ nothing passes  443,8080 the TCP ports that pass (all: every port)',
    '        + UDP, ICMP or other protocols pass too  - no TCP port passes  · same endpoint or not analysed',
    '        Details per protocol: --csv or --json.',
  ];
}
