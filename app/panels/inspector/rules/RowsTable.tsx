import type { HTMLAttributes, ReactNode } from 'react';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';
import { RemoveButton } from '../fields/RemoveButton.tsx';

/**
 * The skeleton every rules table of the inspector shares (NACL and security group rules,
 * routes, listeners): a captioned table whose columns are named in the page's language, one
 * row per rule with its own cells and a remove button last, read-only rows before or after,
 * and what goes under the table (the add button, notes). Each table supplies only its cells.
 */
export function RowsTable<Row>(props: {
  /** The caption, in English: worded like an inspector label (ui.md names the tables by it). */
  readonly caption: string;
  /** The column headers before the remove column, in English (worded like inspector labels). */
  readonly columns: readonly string[];
  /** The rows, in the order shown. */
  readonly rows: readonly Row[];
  /** A key that survives the removal of another row (so long select lists stay mounted). */
  readonly rowKey: (row: Row, position: number) => string;
  readonly rowProps?: (row: Row, position: number) => HTMLAttributes<HTMLTableRowElement>;
  /** The row's cells, one `<td>` per column (a cell component may give two). */
  readonly cells: (row: Row, position: number) => ReactNode;
  /** The remove button's accessible name ("Remove rule 100", "Remove route 0.0.0.0/0"). */
  readonly removeLabel: (row: Row, position: number) => string;
  readonly onRemove: (row: Row, position: number) => void;
  /** Read-only or draft rows above and below the rules (local routes, the final deny, a new route). */
  readonly before?: ReactNode;
  readonly after?: ReactNode;
  /** Under the table: the add button, notes. */
  readonly footer?: ReactNode;
}) {
  const { caption, columns, rows, rowKey, rowProps, cells, removeLabel, onRemove, before, after, footer } = props;
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  return (
    <div className="rules">
      <table>
        <caption>{word(caption)}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {word(column)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{word('Remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {before}
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)} {...rowProps?.(row, i)}>
              {cells(row, i)}
              <td>
                <RemoveButton label={removeLabel(row, i)} onClick={() => onRemove(row, i)} />
              </td>
            </tr>
          ))}
          {after}
        </tbody>
      </table>
      {footer}
    </div>
  );
}

/** An add button under a rules table, its name worded like an inspector label. */
export function AddRowButton({ label, onClick }: { readonly label: string; readonly onClick: () => void }) {
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  return (
    <button type="button" className="link-button" onClick={onClick}>
      {word(label)}
    </button>
  );
}
