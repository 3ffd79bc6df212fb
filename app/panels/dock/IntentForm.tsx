import { useId, useState, type FormEvent } from 'react';
import type { Intent } from '../../../src/model/index.ts';
import { OptionList } from '../OptionList.tsx';
import type { EndpointOption } from './endpoint-options.ts';
import { useT } from '../../i18n/use-t.ts';

type Protocol = 'tcp' | 'udp' | 'icmp' | 'all';

export interface IntentDraft {
  readonly from: string;
  readonly to: string;
  readonly protocol: Protocol;
  readonly port?: number;
  readonly expect: 'allowed' | 'blocked';
  readonly note?: string;
}

/** The form that adds or edits an intent. Ports apply to TCP and UDP only. */
export function IntentForm(props: {
  readonly initial: IntentDraft;
  readonly options: readonly EndpointOption[];
  readonly submitLabel: string;
  onSubmit(draft: IntentDraft): void;
  onCancel(): void;
}) {
  const id = useId();
  const t = useT();
  const [draft, setDraft] = useState<IntentDraft>(props.initial);
  const needsPort = draft.protocol === 'tcp' || draft.protocol === 'udp';
  const portValid = !needsPort || (draft.port !== undefined && draft.port >= 1 && draft.port <= 65535);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!portValid || !draft.from || !draft.to) return;
    const { port, ...rest } = draft;
    props.onSubmit(needsPort && port !== undefined ? { ...rest, port } : rest);
  };
  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="intent-form" onSubmit={submit} aria-label={t('dock:intents.form')}>
      <label htmlFor={field('from')}>{t('dock:reachability.from')}</label>
      <select
        id={field('from')}
        className="endpoint-select"
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      >
        <OptionList options={props.options} />
      </select>
      <label htmlFor={field('to')}>{t('dock:reachability.to')}</label>
      <select
        id={field('to')}
        className="endpoint-select"
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      >
        <OptionList options={props.options} />
      </select>
      <label htmlFor={field('protocol')}>{t('dock:reachability.protocol')}</label>
      <select
        id={field('protocol')}
        value={draft.protocol}
        onChange={(e) => setDraft({ ...draft, protocol: e.target.value as Protocol })}
      >
        <option value="tcp">TCP</option>
        <option value="udp">UDP</option>
        <option value="icmp">ICMP</option>
        <option value="all">{t('dock:reachability.all')}</option>
      </select>
      <label htmlFor={field('port')}>{t('dock:reachability.port')}</label>
      <input
        id={field('port')}
        type="number"
        min={1}
        max={65535}
        disabled={!needsPort}
        value={needsPort ? (draft.port ?? '') : ''}
        aria-invalid={!portValid}
        onChange={(e) => {
          const { port: _old, ...rest } = draft;
          setDraft(e.target.value === '' ? rest : { ...rest, port: Number(e.target.value) });
        }}
      />
      <label htmlFor={field('expect')}>{t('dock:intents.expect')}</label>
      <select
        id={field('expect')}
        value={draft.expect}
        onChange={(e) => setDraft({ ...draft, expect: e.target.value as IntentDraft['expect'] })}
      >
        <option value="allowed">{t('dock:reachability.verdict', { verdict: 'allowed' })}</option>
        <option value="blocked">{t('dock:reachability.verdict', { verdict: 'blocked' })}</option>
      </select>
      <div className="form-buttons">
        <button type="submit" disabled={!portValid}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('dock:intents.cancel')}
        </button>
      </div>
    </form>
  );
}

/** An intent as a draft for the form. */
export function draftOf(intent: Intent): IntentDraft {
  const protocol = (['tcp', 'udp', 'icmp', 'all'] as const).find((p) => p === intent.protocol) ?? 'tcp';
  return {
    from: intent.from,
    to: intent.to,
    protocol,
    expect: intent.expect,
    ...(intent.port === undefined ? {} : { port: intent.port }),
    ...(intent.note === undefined ? {} : { note: intent.note }),
  };
}
