import { tgwTableResources, type TransitGateway } from '../../../../src/model/index.ts';
import { addNewResource } from '../../../canvas/add-resource.ts';
import { useT } from '../../../i18n/use-t.ts';
import { OpenButton } from '../fields/OpenButton.tsx';
import { RefListField } from '../fields/RefListField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';

/**
 * A transit gateway's peers and route tables: the tables are resources of their own (each opens
 * in the inspector); "Add route table" adds one, the first taking over the implicit table.
 */
export function TransitGatewayTablesField({ tgw }: { readonly tgw: TransitGateway }) {
  const { index, apply } = useForm();
  const t = useT();
  const tables = tgwTableResources(index.resources, tgw.id);
  return (
    <>
      <RefListField
        label={t('transitTables:gateway.peers')}
        values={tgw.peers ?? []}
        options={optionsOfType(index, 'transit-gateway').filter((o) => o.value !== tgw.id)}
        path=".peers"
        renderItem={(id) => <OpenButton id={id} label={id} />}
        onChange={(peers) => apply({ peers: peers.length > 0 ? peers : undefined })}
      />
      <p className="field-note">{t('transitTables:gateway.peersNote')}</p>
      <fieldset className="group">
        <legend>{t('transitTables:gateway.tables')}</legend>
        {tables.length === 0 ? (
          <p className="field-note">{t('transitTables:gateway.noTables')}</p>
        ) : (
          <div className="used-by">
            {tables.map((table) => (
              <OpenButton key={table.id} id={table.id} label={table.name ? `${table.id} (${table.name})` : table.id} />
            ))}
          </div>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => addNewResource({ type: 'transit-gateway-route-table', container: tgw.id })}
        >
          {t('transitTables:gateway.addTable')}
        </button>
      </fieldset>
    </>
  );
}
