/**
 * Plain-text tables: columns padded to their widest cell, two spaces apart, no trailing
 * spaces, so the output is stable and diffs cleanly.
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], indent = ''): string[] {
  const widths = headers.map((header, i) => Math.max(width(header), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}

/** Display width: code points, so "✓" counts as one column. */
function width(text: string): number {
  return [...text].length;
}
