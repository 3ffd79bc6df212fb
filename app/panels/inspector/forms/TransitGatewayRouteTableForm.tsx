import {
  allTgwAttachments,
  tgwAttachmentIds,
  tgwTableResources,
  type DocumentIndex,
  type TransitGatewayRouteTable,
} from '../../../../src/model/index.ts';
import { parseCidr } from '../../../../src/net/index.ts';
import { useT } from '../../../i18n/use-t.ts';
import { OpenButton } from '../fields/OpenButton.tsx';
import { RefListField } from '../fields/RefListField.tsx';
import { SelectField, type Option } from '../fields/SelectField.tsx';
import { useForm } from '../form-context.ts';
import { inspectorLabel } from '../inspector-label.ts';
import { optionsOfType } from '../options.ts';
import { RouteRowsTable } from '../rules/RouteRowsTable.tsx';

/**
 * A transit gateway route table: its gateway, the attachments associated with it (traffic
 * arriving from them is looked up here), the attachments propagating into it, and its static
 * routes, with the propagated routes shown read-only above them as a route table shows its
 * local routes.
 */
export function TransitGatewayRouteTableForm({ table }: { readonly table: TransitGatewayRouteTable }) {
  const { index, apply } = useForm();
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  const tgw = index.get(table.transitGateway, 'transit-gateway');
  const ids = tgw ? tgwAttachmentIds(index.resources, tgw) : { vpcs: [], onPremises: [], peers: [] };
  const elsewhere = new Set(
    tgwTableResources(index.resources, table.transitGateway)
      .filter((other) => other.id !== table.id)
      .flatMap((other) => other.associations),
  );
  const describe = (id: string): string => {
    if (ids.peers.includes(id)) return t('transitTables:attachment.peer', { id });
    if (ids.onPremises.includes(id)) return t('transitTables:attachment.onPremises', { id });
    return t('transitTables:attachment.vpc', { id });
  };
  const option = (id: string): Option => ({ value: id, label: describe(id) });
  const associable = allTgwAttachments(ids)
    .filter((id) => !elsewhere.has(id))
    .map(option);
  const propagatable = [...ids.vpcs, ...ids.onPremises].map(option);
  const targets = [
    ...allTgwAttachments(ids).map(option),
    { value: 'blackhole', label: t('transitTables:form.blackholeOption') },
  ];
  return (
    <>
      <SelectField
        label={t('transitTables:form.transitGateway')}
        value={table.transitGateway}
        options={optionsOfType(index, 'transit-gateway')}
        path=".transitGateway"
        onChange={(transitGateway) =>
          transitGateway === table.transitGateway
            ? null
            : apply({ transitGateway, associations: [], propagations: [], routes: [] })
        }
      />
      <RefListField
        label={t('transitTables:form.associations')}
        values={table.associations}
        options={associable}
        path=".associations"
        removeLabel={(id) => t('transitTables:form.dissociate', { id })}
        renderItem={(id) => <OpenButton id={id} label={describe(id)} />}
        empty={t('transitTables:form.noAssociation')}
        onChange={(associations) => apply({ associations })}
      />
      <p className="field-note">{t('transitTables:form.associationsNote')}</p>
      <RefListField
        label={t('transitTables:form.propagations')}
        values={table.propagations}
        options={propagatable}
        path=".propagations"
        removeLabel={(id) => t('transitTables:form.stopPropagating', { id })}
        renderItem={(id) => <OpenButton id={id} label={describe(id)} />}
        empty={t('transitTables:form.noPropagation')}
        onChange={(propagations) => apply({ propagations })}
      />
      <p className="field-note">{t('transitTables:form.propagationsNote')}</p>
      <RouteRowsTable
        caption={word('Transit gateway routes')}
        hop="attachment"
        hopLabel="Attachment"
        routes={table.routes}
        options={() => targets}
        write={(routes) => apply({ routes })}
        fixedRows={propagatedRows(index, table).map((row) => (
          <tr
            key={`propagated-${row.destination}`}
            className="implicit-row"
            title={t('transitTables:form.propagatedTitle')}
          >
            <td>{row.destination}</td>
            <td>{t('transitTables:form.propagatedFrom', { id: row.attachment })}</td>
            <td />
          </tr>
        ))}
        note={<p className="field-note">{t('transitTables:form.routesNote')}</p>}
      />
    </>
  );
}

/** The routes propagation puts in the table, as the engine computes them, minus those a static route replaces. */
function propagatedRows(index: DocumentIndex, table: TransitGatewayRouteTable) {
  const written = new Set(table.routes.map((r) => r.destination));
  return table.propagations.flatMap((id) => {
    const vpc = index.get(id, 'vpc');
    const cidrs = vpc
      ? [...vpc.cidrBlocks, ...(vpc.ipv6CidrBlocks ?? [])]
      : (index.get(id, 'on-premises')?.cidrs ?? []);
    return cidrs
      .filter((cidr) => parseCidr(cidr).ok && !written.has(cidr))
      .map((destination) => ({ destination, attachment: id }));
  });
}
