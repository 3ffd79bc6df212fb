import { useEffect, useRef, useState } from 'react';
import type { RouteTableChoice, RuleProtocol } from '../../../src/edit/index.ts';
import { parsePorts } from '../../../src/net/index.ts';
import { ModalDialog } from '../../layout/ModalDialog.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { askAbout, usePendingConnection, type PendingConnection } from './pending-connection.ts';

/** The question a drawn connection asks before it edits: which route table, or which port. */
export function ConnectDialog() {
  const pending = usePendingConnection((s) => s.pending);
  if (!pending) return null;
  return pending.kind === 'route' ? <RouteTableDialog pending={pending} /> : <RuleDialog pending={pending} />;
}

const close = () => askAbout(null);

function RouteTableDialog({ pending }: { readonly pending: Extract<PendingConnection, { kind: 'route' }> }) {
  const t = useT();
  const { plan } = pending;
  const choose = (table: RouteTableChoice) => {
    close();
    useEditor.getState().dispatch({ type: 'connect-route', subnet: pending.subnet, target: pending.target, table });
  };
  const description = t('connect:routeDialog.shared', {
    count: plan.sharedWith.length,
    table: plan.table.id,
    others: plan.sharedWith.join(', '),
  });
  return (
    <ModalDialog
      role="alertdialog"
      title={t('connect:routeDialog.title', { subnet: plan.subnet.name ?? plan.subnet.id })}
      description={description}
      onCancel={close}
    >
      <p>{t('connect:routeDialog.route', { destinations: plan.destinations.join(', '), target: plan.target.id })}</p>
      <div className="dialog-buttons connect-choices">
        <button type="button" autoFocus onClick={() => choose({ kind: 'own' })}>
          {t('connect:routeDialog.own')}
        </button>
        {plan.reusable.map((table) => (
          <button key={table} type="button" onClick={() => choose({ kind: 'use', table })}>
            {t('connect:routeDialog.use', { table })}
          </button>
        ))}
        <button type="button" onClick={() => choose({ kind: 'shared' })}>
          {t('connect:routeDialog.editShared')}
        </button>
        <button type="button" onClick={close}>
          {t('connect:routeDialog.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

const PROTOCOLS: readonly RuleProtocol[] = ['tcp', 'udp', 'icmp', 'all'];

function RuleDialog({ pending }: { readonly pending: Extract<PendingConnection, { kind: 'rule' }> }) {
  const t = useT();
  const [protocol, setProtocol] = useState<RuleProtocol>('tcp');
  const [port, setPort] = useState(pending.ports[0] ?? '443');
  const [tried, setTried] = useState(false);
  const portField = useRef<HTMLInputElement>(null);
  // After the dialog opens (its effect runs first and focuses its first control): the port, ready to retype.
  useEffect(() => {
    portField.current?.focus();
    portField.current?.select();
  }, []);
  const withPorts = protocol === 'tcp' || protocol === 'udp';
  const valid = !withPorts || (port !== '' && parsePorts(port).ok);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!valid) return;
    const applied = useEditor.getState().dispatch({
      type: 'connect-rule',
      source: pending.source,
      target: pending.target,
      rule: withPorts ? { protocol, ports: port } : { protocol },
    });
    if (applied) close();
  };
  const names = { source: pending.source, target: pending.target };
  const error = tried && !valid;
  return (
    <ModalDialog
      role="dialog"
      title={t('connect:ruleDialog.title', names)}
      description={t('connect:ruleDialog.description', names)}
      onCancel={close}
    >
      <form className="connect-rule-form" onSubmit={submit}>
        <label>
          {t('connect:ruleDialog.protocol')}
          <select value={protocol} onChange={(e) => setProtocol(e.target.value as RuleProtocol)}>
            {PROTOCOLS.map((p) => (
              <option key={p} value={p}>
                {p === 'all' ? t('connect:ruleDialog.all') : p.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        {withPorts && (
          <label>
            {t('connect:ruleDialog.port')}
            <input
              ref={portField}
              list="connect-port-suggestions"
              value={port}
              aria-invalid={error}
              aria-describedby={error ? 'connect-port-error' : undefined}
              onChange={(e) => setPort(e.target.value.trim())}
            />
            <datalist id="connect-port-suggestions">
              {pending.ports.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </label>
        )}
        {error && (
          <p id="connect-port-error" role="alert" className="field-message">
            {t('connect:ruleDialog.badPort')}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={close}>
            {t('connect:ruleDialog.cancel')}
          </button>
          <button type="submit">{t('connect:ruleDialog.add')}</button>
        </div>
      </form>
    </ModalDialog>
  );
}
