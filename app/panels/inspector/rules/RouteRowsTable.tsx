import { useId, useState, type HTMLAttributes, type ReactNode } from 'react';
import { ID_PATTERN } from '../../../../src/model/index.ts';
import { checkCidr } from '../checks.ts';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { SelectField, type Option } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { AddRowButton, RowsTable } from './RowsTable.tsx';
import { inspectorLabel } from '../inspector-label.ts';
import { useT } from '../../../i18n/use-t.ts';

/** A written route: a destination, and where it goes under `hop` (`target` or `attachment`). */
type RouteLike<K extends string> = { readonly destination: string } & { readonly [key in K]: string };

/**
 * A table of written routes, each editable inline, with a row for adding one: the "Routes" of a
 * route table and the static routes of a transit gateway. A new route is kept aside until both
 * its destination and where it goes are valid, so the document never holds half a route.
 */
export function RouteRowsTable<K extends string, R extends RouteLike<K>>(props: {
  readonly caption: string;
  /** The field where a route goes, and its column name ("Target", "Attachment"). */
  readonly hop: K;
  readonly hopLabel: 'Target' | 'Attachment';
  readonly routes: readonly R[];
  /** Where a route to `destination` may go. */
  readonly options: (destination: string) => readonly Option[];
  /** Writes the routes; the reason when the document refuses them. */
  readonly write: (routes: R[]) => string | null;
  /** Read-only rows above the written ones (a route table's local routes). */
  readonly fixedRows?: ReactNode;
  /** Row attributes of a written route (the highlight of the rule a trace hop chose). */
  readonly rowProps?: (route: R) => HTMLAttributes<HTMLTableRowElement>;
  /** Shown under the table while a route is being added, or always. */
  readonly addingNote?: ReactNode;
  readonly note?: ReactNode;
  /** Where "Add route" starts (blank parts are typed or picked); a complete start is added at once. */
  readonly newRoute?: () => { readonly destination: string; readonly hop: string };
  /** Ids of the prefix lists a destination may name instead of a CIDR (a route table's, not a transit gateway's). */
  readonly prefixLists?: readonly string[];
}) {
  const t = useT();
  const hopWord = inspectorLabel(t, props.hopLabel);
  const { caption, hop, hopLabel, routes, options, write, fixedRows, rowProps, addingNote, note, newRoute } = props;
  // The route being added: text being typed, not yet part of the document.
  const [draft, setDraft] = useState<{ destination: string; hop: string } | null>(null);
  const listsId = useId();
  const lists = props.prefixLists ?? [];
  const destinationCheck = (own: number | null) => {
    const cidr = checkCidr();
    const destination = (text: string) => {
      if (lists.includes(text)) return null;
      const reason = cidr(text);
      return reason !== null && lists.length > 0 && ID_PATTERN.test(text)
        ? t('prefixLists:routes.notAList', { text })
        : reason;
    };
    return (text: string) =>
      destination(text) ??
      (routes.some((route, i) => i !== own && route.destination === text)
        ? `A route to ${text} already exists.`
        : null);
  };
  const asRoute = (destination: string, to: string) => ({ destination, [hop]: to }) as unknown as R;
  const tryAdd = (next: { destination: string; hop: string }): string | null => {
    setDraft(next);
    if (next.hop === '' || next.destination === '' || destinationCheck(null)(next.destination)) return null;
    const error = write([...routes, asRoute(next.destination, next.hop)]);
    if (error === null) setDraft(null);
    return error;
  };
  const start = () => {
    const fresh = newRoute?.() ?? { destination: '', hop: '' };
    if (fresh.destination !== '' && fresh.hop !== '') tryAdd({ ...fresh });
    else setDraft({ ...fresh });
  };
  const replace = (i: number, route: R) => write(routes.map((r, j) => (j === i ? route : r)));

  const draftRow = draft && (
    <tr className="draft-row">
      <td>
        <TextField
          label={t('inspector:rows.destinationOfNewRoute')}
          hideLabel
          className="cell-cidr"
          placeholder="0.0.0.0/0"
          list={lists.length > 0 ? listsId : undefined}
          autoFocus
          value={draft.destination}
          check={destinationCheck(null)}
          onCommit={(destination) => tryAdd({ ...draft, destination })}
        />
      </td>
      <td>
        <SelectField
          className="cell-target"
          label={t('inspector:rows.hopOfNewRoute', { hop: hopWord })}
          hideLabel
          value={draft.hop}
          placeholder={t('inspector:rows.hopPlaceholder', { hop: hopWord })}
          options={options(draft.destination)}
          onChange={(to) => tryAdd({ ...draft, hop: to })}
        />
      </td>
      <td>
        <RemoveButton label={t('inspector:rows.cancelNewRoute')} onClick={() => setDraft(null)} />
      </td>
    </tr>
  );

  return (
    <RowsTable
      caption={caption}
      columns={['Destination', hopLabel]}
      rows={routes}
      rowKey={(_, i) => rowKey(routes, i)}
      {...(rowProps ? { rowProps: (route: R) => rowProps(route) } : {})}
      removeLabel={(route) => t('inspector:rows.removeRoute', { destination: route.destination })}
      onRemove={(_, i) => write(routes.filter((_, j) => j !== i))}
      before={fixedRows}
      after={draftRow}
      footer={
        <>
          {draft ? addingNote : <AddRowButton label="Add route" onClick={start} />}
          {note}
          {lists.length > 0 && (
            <>
              <datalist id={listsId}>
                {lists.map((id) => (
                  <option key={id} value={id} />
                ))}
              </datalist>
              <p className="field-note">{t('prefixLists:routes.destinationHint', { lists: lists.join(', ') })}</p>
            </>
          )}
        </>
      }
      cells={(route, i) => (
        <>
          <td>
            <TextField
              label={t('inspector:rows.destinationOfRoute', { destination: route.destination })}
              hideLabel
              className="cell-cidr"
              value={route.destination}
              list={lists.length > 0 ? listsId : undefined}
              check={destinationCheck(i)}
              path={`.routes[${i}].destination`}
              onCommit={(destination) => replace(i, { ...route, destination })}
            />
          </td>
          <td>
            <SelectField
              className="cell-target"
              label={t('inspector:rows.hopOfRoute', { hop: hopWord, destination: route.destination })}
              hideLabel
              value={route[hop]}
              options={options(route.destination)}
              path={`.routes[${i}].${hop}`}
              onChange={(to) => replace(i, { ...route, [hop]: to })}
            />
          </td>
        </>
      )}
    />
  );
}

/**
 * A row's key: its destination, which is unique in a table (a repeat gets its ordinal), so
 * removing or adding a route leaves the other rows, and their long target lists, mounted.
 */
function rowKey(routes: readonly { readonly destination: string }[], i: number): string {
  const destination = routes[i]!.destination;
  let repeat = 0;
  for (let j = 0; j < i; j++) if (routes[j]!.destination === destination) repeat++;
  return repeat === 0 ? destination : `${destination}#${repeat}`;
}
