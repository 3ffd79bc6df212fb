import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { ModalDialog } from '../../layout/ModalDialog.tsx';
import { cleanName, NAME_MAX_LENGTH, rememberedName } from '../identity.ts';
import { cancelNaming, provideName } from '../live-session.ts';
import { useSession } from '../session-store.ts';

/**
 * "Your name" (ui.md "Live sessions"): asked once, when a session starts or a link is opened
 * and this browser remembers no name. The name is plain text wherever it shows.
 */
export function NameDialog() {
  const naming = useSession((s) => s.phase === 'naming');
  if (!naming) return null;
  return <NameForm />;
}

function NameForm() {
  const t = useT();
  const [name, setName] = useState(() => rememberedName() ?? '');
  const [refused, setRefused] = useState(false);
  const hintId = useId();
  const errorId = useId();

  const join = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanName(name);
    if (clean === '') {
      setRefused(true);
      return;
    }
    void provideName(clean);
  };

  return (
    <ModalDialog role="dialog" title={t('liveSession:nameDialog.title')} onCancel={cancelNaming}>
      <form className="name-form" onSubmit={join} noValidate>
        <p className="name-form-description">{t('liveSession:nameDialog.description')}</p>
        <label className="field">
          <span>{t('liveSession:nameDialog.label')}</span>
          <input
            type="text"
            autoFocus
            required
            autoComplete="name"
            maxLength={NAME_MAX_LENGTH}
            value={name}
            aria-invalid={refused}
            aria-describedby={refused ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => {
              setName(event.target.value);
              setRefused(false);
            }}
          />
        </label>
        <p id={hintId} className="field-hint">
          {t('liveSession:nameDialog.hint', { max: NAME_MAX_LENGTH })}
        </p>
        {refused && (
          <p id={errorId} className="field-error" role="alert">
            {t('liveSession:nameDialog.required')}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={cancelNaming}>
            {t('liveSession:nameDialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('liveSession:nameDialog.join')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
