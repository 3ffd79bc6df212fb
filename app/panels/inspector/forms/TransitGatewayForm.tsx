import { useState } from 'react';
import type { TransitGateway, TransitGatewayRoute } from '../../../../src/model/index.ts';
import { checkCidr } from '../checks.ts';
import { RefListField } from '../fields/RefListField.tsx';
import { SelectField, type Option } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { useInspectorLabel } from '../../../i18n/use-messages.ts';

/** A transit gateway: its VPC attachments (each in one or more subnets) and its static routes. */
export function TransitGatewayForm({ tgw }: { readonly tgw: TransitGateway }) {
  const { index, apply } = useForm();
  const t = useInspectorLabel();
  const attachments = tgw.attachments;
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
        <legend>{t('Attachments')}</legend>
        {attachments.map((attachment, i) => (
          <div key={`${i}-${attachment.vpc}`} className="attachment">
            <div className="row-with-button">
              <strong>{attachment.vpc}</strong>
              <RemoveButton
                label={`Detach ${attachment.vpc}`}
                onClick={() => apply({ attachments: attachments.filter((_, j) => j !== i) })}
              />
            </div>
            <RefListField
              label={`Subnets of ${attachment.vpc}`}
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
      <TgwRoutes
        routes={tgw.routes ?? []}
        targets={[
          ...attachments.map((a) => ({ value: a.vpc, label: a.vpc })),
          ...optionsOfType(index, 'on-premises'),
          { value: 'blackhole', label: 'blackhole (drop)' },
        ]}
        onChange={(routes) => apply({ routes: routes.length > 0 ? routes : undefined })}
      />
    </>
  );
}

/** Static routes of the transit gateway's route table; propagated routes need no row. */
function TgwRoutes(props: {
  readonly routes: readonly TransitGatewayRoute[];
  readonly targets: readonly Option[];
  readonly onChange: (routes: TransitGatewayRoute[]) => string | null;
}) {
  const { routes, targets, onChange } = props;
  // A route being added: kept aside until destination and attachment are both valid.
  const [draft, setDraft] = useState<{ destination: string; attachment: string } | null>(null);
  const t = useInspectorLabel();
  const check = (own: number | null) => (text: string) =>
    checkCidr()(text) ??
    (routes.some((r, i) => i !== own && r.destination === text) ? `A route to ${text} already exists.` : null);
  const tryAdd = (next: { destination: string; attachment: string }): string | null => {
    setDraft(next);
    if (next.destination === '' || next.attachment === '' || check(null)(next.destination)) return null;
    const error = onChange([...routes, next]);
    if (error === null) setDraft(null);
    return error;
  };
  return (
    <div className="rules">
      <table>
        <caption>{t('Transit gateway routes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Destination')}</th>
            <th scope="col">{t('Attachment')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('Remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {routes.map((route, i) => (
            <tr key={`${i}-${route.destination}`}>
              <td>
                <TextField
                  label={`Destination of route ${route.destination}`}
                  hideLabel
                  className="cell-cidr"
                  value={route.destination}
                  check={check(i)}
                  path={`.routes[${i}].destination`}
                  onCommit={(destination) => onChange(routes.map((r, j) => (j === i ? { ...r, destination } : r)))}
                />
              </td>
              <td>
                <SelectField
                  label={`Attachment of route ${route.destination}`}
                  hideLabel
                  value={route.attachment}
                  options={targets}
                  path={`.routes[${i}].attachment`}
                  onChange={(attachment) => onChange(routes.map((r, j) => (j === i ? { ...r, attachment } : r)))}
                />
              </td>
              <td>
                <RemoveButton
                  label={`Remove route ${route.destination}`}
                  onClick={() => onChange(routes.filter((_, j) => j !== i))}
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
                  autoFocus
                  className="cell-cidr"
                  value={draft.destination}
                  check={check(null)}
                  onCommit={(destination) => tryAdd({ ...draft, destination })}
                />
              </td>
              <td>
                <SelectField
                  label="Attachment of new route"
                  hideLabel
                  value={draft.attachment}
                  placeholder="Attachment…"
                  options={targets}
                  onChange={(attachment) => tryAdd({ ...draft, attachment })}
                />
              </td>
              <td>
                <RemoveButton label="Cancel new route" onClick={() => setDraft(null)} />
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {draft === null && (
        <button type="button" className="link-button" onClick={() => setDraft({ destination: '', attachment: '' })}>
          {t('Add route')}
        </button>
      )}
      <p className="field-note">
        Attached VPCs and on-premises networks propagate their CIDRs; a static route overrides.
      </p>
    </div>
  );
}
