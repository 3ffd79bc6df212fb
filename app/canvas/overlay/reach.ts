import { cellOpens, describeCell, readMatrix, type Analysis } from '../../../src/engine/index.ts';

/** How one endpoint relates to the selected one: it can be reached from it, reach it, or both. */
export interface Reach {
  readonly from: boolean;
  readonly to: boolean;
}

/**
 * What the selected endpoint can open a connection to, and what can open one to it, over every
 * matrix given (IPv4 and IPv6): one pass over the endpoints with constant-time cell lookups.
 */
export function reachOf(
  matrices: readonly (Analysis | null)[],
  selected: string,
  port: number | null,
): Map<string, Reach> {
  const out = new Map<string, Reach>();
  for (const matrix of matrices) {
    if (!matrix) continue;
    const reader = readMatrix(matrix);
    if (!reader.endpoint(selected)) continue;
    for (const other of matrix.endpoints) {
      if (other.id === selected) continue;
      const from = cellOpens(reader.cell(selected, other.id), port ?? undefined);
      const to = cellOpens(reader.cell(other.id, selected), port ?? undefined);
      if (!from && !to) continue;
      const before = out.get(other.id);
      out.set(other.id, { from: from || (before?.from ?? false), to: to || (before?.to ?? false) });
    }
  }
  return out;
}

/**
 * Every resource the internet can open a connection to (any TCP or UDP port, or ICMP), with
 * what it can open, over every matrix given.
 */
export function internetExposed(matrices: readonly (Analysis | null)[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const matrix of matrices) {
    if (!matrix) continue;
    const reader = readMatrix(matrix);
    if (!reader.endpoint('internet')) continue;
    for (const target of matrix.endpoints) {
      if (target.kind !== 'resource') continue;
      const cell = reader.cell('internet', target.id);
      if (!cell || (cell.tcp.length === 0 && cell.udp.length === 0 && !cell.icmp)) continue;
      const text = describeCell(cell);
      const before = out.get(target.id);
      out.set(target.id, before && before !== text ? `${before}; IPv${matrix.ipVersion} ${text}` : text);
    }
  }
  return out;
}
