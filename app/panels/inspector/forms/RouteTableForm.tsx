import type { RouteTable } from '../../../../src/model/index.ts';
import { CheckboxField } from '../fields/CheckboxField.tsx';
import { OpenButton } from '../fields/OpenButton.tsx';
import { useForm } from '../form-context.ts';
import { RoutesTable } from '../rules/RoutesTable.tsx';
import { VpcField } from './VpcField.tsx';
import { useT } from '../../../i18n/use-t.ts';

/** A route table: its VPC, whether it is the main table, its routes, and the subnets using it. */
export function RouteTableForm({ table }: { readonly table: RouteTable }) {
  const { index, apply } = useForm();
  const users = index
    .subnetsOfVpc(table.vpc)
    .filter((subnet) => (subnet.routeTable ?? index.mainRouteTable(table.vpc)?.id) === table.id);
  return (
    <>
      <VpcField value={table.vpc} />
      <CheckboxField
        label="Main table"
        checked={table.main === true}
        path=".main"
        note="used by subnets that name no table"
        onChange={(main) => apply({ main: main ? true : undefined })}
      />
      <RoutesTable table={table} />
      <UsedBy ids={users.map((subnet) => subnet.id)} />
    </>
  );
}

/** The subnets using a table or ACL, each a button that opens it. */
export function UsedBy({ ids }: { readonly ids: readonly string[] }) {
  const t = useT();
  if (ids.length === 0) return <p className="field-note">{t('inspector:noSubnetUses')}</p>;
  return (
    <div className="used-by">
      <span className="field-note">{t('inspector:labels.Used by')}</span>
      {ids.map((id) => (
        <OpenButton key={id} id={id} label={id} />
      ))}
    </div>
  );
}
