import {
  tgwAttachmentIds,
  tgwTableResources,
  type TransitGateway,
  type TransitGatewayRoute,
} from '../../../../src/model/index.ts';
import { TransitGatewayTablesField } from './TransitGatewayTablesField.tsx';
import { RefListField } from '../fields/RefListField.tsx';
import { SelectField, type Option } from '../fields/SelectField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';
import { RouteRowsTable } from '../rules/RouteRowsTable.tsx';

/** A transit gateway: its VPC attachments (each in one or more subnets) and its static routes. */
export function TransitGatewayForm({ tgw }: { readonly tgw: TransitGateway }) {
  const { index, apply } = useForm();
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  const attachments = tgw.attachments;
  // With route tables, static routes live in the tables (format.md): the gateway has none of its own.
  const hasTables = tgwTableResources(index.resources, tgw.id).length > 0 && tgw.routes === undefined;
  const attached = new Set(attachments.map((a) => a.vpc));
  const attachable = optionsOfType(index, 'vpc').filter((o) => !attached.has(o.value));
  const attach = (vpc: string): string | null => {
    const first = index.subnetsOfVpc(vpc)[0];
    if (!first) return `VPC ${vpc} has no subnet; an attachment needs one.`;
    return apply({ attachments: [...attachments, { vpc, subnets: [first.id] }] });
  };
  return (
    <>
      <fieldset className="group">
        <legend>{word('Attachments')}</legend>
        {attachments.map((attachment, i) => (
          <div key={`${i}-${attachment.vpc}`} className="attachment">
            <div className="row-with-button">
              <strong>{attachment.vpc}</strong>
              <RemoveButton
                label={t('inspector:rows.detach', { id: attachment.vpc })}
                onClick={() => apply({ attachments: attachments.filter((_, j) => j !== i) })}
              />
            </div>
            <RefListField
              label={t('inspector:rows.subnetsOf', { vpc: attachment.vpc })}
              values={attachment.subnets}
              options={optionsOfType(index, 'subnet', attachment.vpc)}
              path={`.attachments[${i}]`}
              min={1}
              onChange={(subnets) =>
                apply({ attachments: attachments.map((a, j) => (j === i ? { ...a, subnets } : a)) })
              }
            />
          </div>
        ))}
        <SelectField
          label="Attach VPC"
          value=""
          placeholder={attachable.length > 0 ? 'Add…' : 'Every VPC is attached'}
          options={attachable}
          onChange={(vpc) => (vpc === '' ? null : attach(vpc))}
        />
      </fieldset>
      <TransitGatewayTablesField tgw={tgw} />
      {hasTables ? null : (
        <TgwRoutes
          routes={tgw.routes ?? []}
          targets={[
            ...attachments.map((a) => ({ value: a.vpc, label: a.vpc })),
            ...optionsOfType(index, 'on-premises'),
            ...tgwAttachmentIds(index.resources, tgw).peers.map((id) => ({ value: id, label: id })),
            { value: 'blackhole', label: 'blackhole (drop)' },
          ]}
          onChange={(routes) => apply({ routes: routes.length > 0 ? routes : undefined })}
        />
      )}
    </>
  );
}

/** Static routes of the transit gateway's route table; propagated routes need no row. */
function TgwRoutes(props: {
  readonly routes: readonly TransitGatewayRoute[];
  readonly targets: readonly Option[];
  readonly onChange: (routes: TransitGatewayRoute[]) => string | null;
}) {
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  return (
    <RouteRowsTable
      caption={word('Transit gateway routes')}
      hop="attachment"
      hopLabel="Attachment"
      routes={props.routes}
      options={() => props.targets}
      write={props.onChange}
      note={<p className="field-note">{t('inspector:notes.tgwPropagation')}</p>}
    />
  );
}
