import { useState } from 'react';
import type { Route, RouteTable } from '../../../../src/model/index.ts';
import { checkCidr } from '../checks.ts';
import { TextField } from '../fields/TextField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { useForm } from '../form-context.ts';
import { isRoute, rowHighlight, useRuleHighlight } from './highlight.ts';
import { implicitRoutes, routeTargetOptions } from './rule-helpers.ts';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { useInspectorLabel, useMessages } from '../../../i18n/use-messages.ts';

/**
 * The "Routes" table of a route table: the local and endpoint routes read-only, then the written
 * routes, each editable inline. A new route is kept aside until both its destination and its target
 * are valid, so the document never holds half a route.
 */
export function RoutesTable({ table }: { readonly table: RouteTable }) {
  const { index, apply } = useForm();
  const highlighted = useRuleHighlight();
  const t = useInspectorLabel();
  const routeAddedHint = useMessages().inspector.routeAddedHint;
  // The route being added: text being typed, not yet part of the document.
  const [draft, setDraft] = useState<{ destination: string; target: string } | null>(null);
  const routes = table.routes;
  const write = (next: Route[]) => apply({ routes: next });
  const destinationCheck = (own: number | null) => {
    const cidr = checkCidr();
    return (text: string) =>
      cidr(text) ??
      (routes.some((route, i) => i !== own && route.destination === text)
        ? `A route to ${text} already exists.`
        : null);
  };
  const tryAdd = (next: { destination: string; target: string }): string | null => {
    setDraft(next);
    if (next.target === '' || next.destination === '' || destinationCheck(null)(next.destination)) return null;
    const error = write([...routes, { destination: next.destination, target: next.target }]);
    if (error === null) setDraft(null);
    return error;
  };

  return (
    <div className="rules">
      <table>
        <caption>{t('Routes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Destination')}</th>
            <th scope="col">{t('Target')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('Remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {implicitRoutes(index, table).map((route) => (
            <tr
              key={`implicit-${route.destination}`}
              {...rowHighlight(isRoute(highlighted, table.id, route.destination), 'implicit-row')}
              title={route.note}
            >
              <td>{route.destination}</td>
              <td>{route.target}</td>
              <td />
            </tr>
          ))}
          {routes.map((route, i) => (
            <tr key={`${i}-${route.destination}`} {...rowHighlight(isRoute(highlighted, table.id, route.destination))}>
              <td>
                <TextField
                  label={`Destination of route ${route.destination}`}
                  hideLabel
                  className="cell-cidr"
                  value={route.destination}
                  check={destinationCheck(i)}
                  path={`.routes[${i}].destination`}
                  onCommit={(text) => write(routes.map((r, j) => (j === i ? { ...r, destination: text } : r)))}
                />
              </td>
              <td>
                <SelectField
                  label={`Target of route ${route.destination}`}
                  hideLabel
                  value={route.target}
                  options={routeTargetOptions(index, table, route.destination)}
                  path={`.routes[${i}].target`}
                  onChange={(target) => write(routes.map((r, j) => (j === i ? { ...r, target } : r)))}
                />
              </td>
              <td>
                <RemoveButton
                  label={`Remove route ${route.destination}`}
                  onClick={() => write(routes.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          ))}
          {draft && (
            <tr className="draft-row">
              <td>
                <TextField
                  label="Destination of new route"
                  hideLabel
                  className="cell-cidr"
                  placeholder="0.0.0.0/0"
                  autoFocus
                  value={draft.destination}
                  check={destinationCheck(null)}
                  onCommit={(destination) => tryAdd({ ...draft, destination })}
                />
              </td>
              <td>
                <SelectField
                  label="Target of new route"
                  hideLabel
                  value={draft.target}
                  placeholder="Target…"
                  options={routeTargetOptions(index, table, draft.destination)}
                  onChange={(target) => tryAdd({ ...draft, target })}
                />
              </td>
              <td>
                <RemoveButton label="Cancel new route" onClick={() => setDraft(null)} />
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {draft ? (
        <p className="field-note">{routeAddedHint}</p>
      ) : (
        <button type="button" className="link-button" onClick={() => setDraft({ destination: '', target: '' })}>
          {t('Add route')}
        </button>
      )}
    </div>
  );
}
