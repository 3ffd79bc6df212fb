import type { RouteTable } from '../../../../src/model/index.ts';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';
import { useForm } from '../form-context.ts';
import { isRoute, rowHighlight, useRuleHighlight } from './highlight.ts';
import { defaultRouteStart, implicitRoutes, routeTargetOptions } from './rule-helpers.ts';
import { RouteRowsTable } from './RouteRowsTable.tsx';

/**
 * The "Routes" table of a route table: the local and endpoint routes read-only, then the written
 * routes, each editable inline, and a row for adding one (see `RouteRowsTable`).
 */
export function RoutesTable({ table }: { readonly table: RouteTable }) {
  const { index, apply } = useForm();
  const highlighted = useRuleHighlight();
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  const routeAddedHint = t('inspector:routeAddedHint');
  return (
    <RouteRowsTable
      caption={word('Routes')}
      hop="target"
      hopLabel="Target"
      routes={table.routes}
      prefixLists={index.ofType('prefix-list').map((list) => list.id)}
      options={(destination) => routeTargetOptions(index, table, destination)}
      write={(routes) => apply({ routes })}
      newRoute={() => defaultRouteStart(index, table)}
      rowProps={(route) => rowHighlight(isRoute(highlighted, table.id, route.destination))}
      addingNote={<p className="field-note">{routeAddedHint}</p>}
      fixedRows={implicitRoutes(index, table).map((route) => (
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
    />
  );
}
