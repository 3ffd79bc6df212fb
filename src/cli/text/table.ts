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

/** Characters a terminal draws two columns wide: CJK, kana, hangul and full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Display width: code points, so "✓" counts as one column and "許可" as four. */
function width(text: string): number {
  let columns = 0;
  for (const char of text) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}
