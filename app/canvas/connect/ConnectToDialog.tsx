import { useMemo, useState } from 'react';
import { ModalDialog } from '../../layout/ModalDialog.tsx';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { connectTargets, openConnectTo, useConnectTo } from './connect-to.ts';
import { carryOut } from './use-connections.ts';
import { useVerdictWords } from './verdict-words.ts';

const close = () => openConnectTo(null);

/**
 * "Connect to…" from a resource's menu: the keyboard's way to draw a connection. It lists the
 * places a drag from this resource would mean something to, says what each would add, and then
 * carries on exactly as a drop there does (the route table question, the rule's port).
 */
export function ConnectToDialog() {
  const source = useConnectTo((s) => s.source);
  return source === null ? null : <ConnectToForm source={source} />;
}

function ConnectToForm({ source }: { readonly source: string }) {
  const t = useT();
  const words = useVerdictWords();
  const document = useEditor((s) => s.document);
  const targets = useMemo(() => connectTargets(document, source), [document, source]);
  const [chosen, setChosen] = useState(targets[0]?.id ?? '');
  const target = targets.find((candidate) => candidate.id === chosen);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!target) return;
    close();
    carryOut(target.verdict);
  };
  return (
    <ModalDialog role="dialog" title={t('connect:connectTo.title', { source })} onCancel={close}>
      <form onSubmit={submit} className="connect-to">
        {targets.length === 0 ? (
          <p role="status">{t('connect:connectTo.none', { source })}</p>
        ) : (
          <>
            <label>
              {t('connect:connectTo.target')}
              <select
                autoFocus
                value={chosen}
                onChange={(event) => setChosen(event.target.value)}
                // Enter in a select does not submit its form by itself: here it connects.
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    event.currentTarget.form?.requestSubmit();
                  }
                }}
              >
                {targets.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.id === 'internet'
                      ? t('connect:connectTo.internet')
                      : candidate.name
                        ? `${candidate.id} (${candidate.name})`
                        : candidate.id}
                  </option>
                ))}
              </select>
            </label>
            {target ? <p className="connect-to-effect">{words(target.verdict)}</p> : null}
          </>
        )}
        <div className="dialog-buttons">
          {targets.length > 0 ? <button type="submit">{t('connect:connectTo.connect')}</button> : null}
          <button type="button" onClick={close}>
            {t('connect:connectTo.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
