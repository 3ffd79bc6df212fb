import { LOAD_BALANCER_TARGET_TYPES, type Listener, type LoadBalancer } from '../../../../src/model/index.ts';
import { checkPort } from '../checks.ts';
import { OpenButton } from '../fields/OpenButton.tsx';
import { RefListField } from '../fields/RefListField.tsx';
import { SecurityGroupsField } from '../fields/SecurityGroupsField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { compact } from '../rules/cells.tsx';
import { AddRowButton, RowsTable } from '../rules/RowsTable.tsx';
import { SubnetsField } from './SubnetsField.tsx';
import { useT } from '../../../i18n/use-t.ts';

const LISTENER_PROTOCOLS = ['http', 'https', 'tcp', 'tls', 'udp', 'tcp_udp'] as const;

/** A load balancer: kind, scheme, subnets, groups, listeners and targets. */
export function LoadBalancerForm({ balancer }: { readonly balancer: LoadBalancer }) {
  const t = useT();
  const { resource, index, apply } = useForm();
  const vpc = index.vpcOf(resource.id);
  const targets = LOAD_BALANCER_TARGET_TYPES.flatMap((type) => optionsOfType(index, type, vpc)).filter(
    (option) => index.get(option.value, 'vpc-endpoint')?.kind !== 'gateway',
  );
  return (
    <>
      <SelectField
        label="Kind"
        value={balancer.kind}
        options={[
          { value: 'application', label: 'Application (HTTP/HTTPS)' },
          { value: 'network', label: 'Network (TCP/UDP/TLS)' },
        ]}
        path=".kind"
        onChange={(kind) => apply({ kind })}
      />
      <SelectField
        label="Scheme"
        value={balancer.scheme}
        options={[
          { value: 'internet-facing', label: 'Internet-facing' },
          { value: 'internal', label: 'Internal' },
        ]}
        path=".scheme"
        onChange={(scheme) => apply({ scheme })}
      />
      <SubnetsField subnets={balancer.subnets} />
      <SecurityGroupsField groups={balancer.securityGroups} />
      <Listeners listeners={balancer.listeners} onChange={(listeners) => apply({ listeners })} />
      <RefListField
        label="Targets"
        values={balancer.targets}
        options={targets}
        path=".targets"
        onChange={(next) => apply({ targets: next })}
        renderItem={(id) => <OpenButton id={id} label={id} />}
        empty={t('inspector:empty.noTargets')}
      />
    </>
  );
}

function Listeners(props: {
  readonly listeners: readonly Listener[];
  readonly onChange: (next: Listener[]) => string | null;
}) {
  const { listeners, onChange } = props;
  const t = useT();
  const update = (
    i: number,
    patch: { protocol?: Listener['protocol']; port?: number; targetPort?: number | undefined },
  ) => onChange(listeners.map((l, j) => (j === i ? compact<Listener>({ ...l, ...patch }) : l)));
  const nextPort = listeners.some((l) => l.port === 443) ? 80 : 443;
  return (
    <RowsTable
      caption="Listeners"
      columns={['Protocol', 'Port', 'Target port']}
      rows={listeners}
      rowKey={(_, i) => String(i)}
      removeLabel={(_, i) => t('inspector:rows.removeListener', { n: i + 1 })}
      onRemove={(_, i) => onChange(listeners.filter((_, j) => j !== i))}
      footer={
        <AddRowButton
          label="Add listener"
          onClick={() => onChange([...listeners, { protocol: nextPort === 443 ? 'https' : 'http', port: nextPort }])}
        />
      }
      cells={(listener, i) => (
        <>
          <td>
            <SelectField
              label={t('inspector:rows.protocolOfListener', { n: i + 1 })}
              hideLabel
              value={listener.protocol}
              options={LISTENER_PROTOCOLS.map((p) => ({ value: p, label: p.toUpperCase().replace('_', '+') }))}
              path={`.listeners[${i}].protocol`}
              onChange={(protocol) => update(i, { protocol: protocol as Listener['protocol'] })}
            />
          </td>
          <td>
            <TextField
              label={t('inspector:rows.portOfListener', { n: i + 1 })}
              hideLabel
              className="cell-number"
              inputMode="numeric"
              value={String(listener.port)}
              check={checkPort()}
              path={`.listeners[${i}].port`}
              onCommit={(text) => update(i, { port: Number(text) })}
            />
          </td>
          <td>
            <TextField
              label={t('inspector:rows.targetPortOfListener', { n: i + 1 })}
              hideLabel
              className="cell-number"
              inputMode="numeric"
              placeholder="same"
              value={listener.targetPort === undefined ? '' : String(listener.targetPort)}
              check={checkPort({ optional: true })}
              path={`.listeners[${i}].targetPort`}
              onCommit={(text) => update(i, { targetPort: text === '' ? undefined : Number(text) })}
            />
          </td>
        </>
      )}
    />
  );
}
