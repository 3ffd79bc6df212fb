import { useState } from 'react';
import type { IntentResult } from '../../../src/engine/index.ts';
import type { Intent } from '../../../src/model/index.ts';
import { useCurrentReport } from '../../analysis/analysis-store.ts';
import { LessonIntentsList } from '../../lessons/LessonIntentsList.tsx';
import { useEditor } from '../../store/store.ts';
import { useReadOnly } from '../../collab/ui/use-read-only.ts';
import { useEndpointOptions } from './use-endpoint-options.ts';
import { draftOf, IntentForm, type IntentDraft } from './IntentForm.tsx';
import { explanationSentence } from '../../../src/i18n/render/explanation.ts';
import { CodeInfo } from '../../glossary/TermInfo.tsx';
import { useCurrentLanguage } from '../../i18n/language-store.ts';
import { useT } from '../../i18n/use-t.ts';
import { traceProblemText } from '../../../src/i18n/render/validation.ts';

const NO_INTENTS: readonly Intent[] = [];

/**
 * The document's intents with their live result: pass or fail, and for a failing one the code
 * and sentence of its principal blocker. Add, edit and delete change the document (undoable).
 */
export function IntentsPanel() {
  const intents = useEditor((state) => state.document.intents) ?? NO_INTENTS;
  const dispatch = useEditor((state) => state.dispatch);
  const report = useCurrentReport();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  // A view-only page reads the intents and their results; it adds, edits and deletes none.
  const readOnly = useReadOnly();
  const t = useT();
  const options = useEndpointOptions();
  const save = (next: readonly Intent[]) => {
    if (dispatch({ type: 'set-intents', intents: next })) setEditing(null);
  };
  const fromDraft = (id: string, draft: IntentDraft): Intent => ({ id, ...draft });
  const results = new Map((report?.intents ?? []).map((r) => [r.id, r]));

  return (
    <div className="intents">
      <LessonIntentsList />
      <div className="panel-actions">
        <button type="button" onClick={() => setEditing('new')} disabled={editing !== null || readOnly}>
          {t('dock:intents.add')}
        </button>
      </div>
      {editing === 'new' && (
        <IntentForm
          initial={{
            from: 'internet',
            to: options[3]?.value ?? 'internet',
            protocol: 'tcp',
            port: 443,
            expect: 'allowed',
          }}
          options={options}
          submitLabel={t('dock:intents.addButton')}
          onSubmit={(draft) => save([...intents, fromDraft(freshIntentId(intents), draft)])}
          onCancel={() => setEditing(null)}
        />
      )}
      {intents.length === 0 && editing === null && <p className="muted">{t('dock:intents.none')}</p>}
      <ul className="intent-list">
        {intents.map((intent) =>
          editing === intent.id ? (
            <li key={intent.id}>
              <IntentForm
                initial={draftOf(intent)}
                options={options}
                submitLabel={t('dock:intents.save')}
                onSubmit={(draft) => save(intents.map((i) => (i.id === intent.id ? fromDraft(i.id, draft) : i)))}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <IntentRow
              key={intent.id}
              intent={intent}
              result={results.get(intent.id)}
              readOnly={readOnly}
              onEdit={() => setEditing(intent.id)}
              onDelete={() => save(intents.filter((i) => i.id !== intent.id))}
            />
          ),
        )}
      </ul>
    </div>
  );
}

function IntentRow(props: {
  intent: Intent;
  result: IntentResult | undefined;
  readOnly: boolean;
  onEdit(): void;
  onDelete(): void;
}) {
  const { intent, result } = props;
  const t = useT();
  const language = useCurrentLanguage();
  const flow = `${intent.from} → ${intent.to} ${intent.protocol}${intent.port === undefined ? '' : `/${intent.port}`}`;
  const blocker = result && !result.pass ? result.explanations[0] : undefined;
  return (
    <li className={`intent ${result ? (result.pass ? 'intent-pass' : 'intent-fail') : ''}`}>
      <span className="intent-status">
        {result ? (result.pass ? t('dock:intents.pass') : t('dock:intents.fail')) : '…'}
      </span>
      <span className="intent-flow">
        {flow} ({t('dock:intents.expectWord', { expect: intent.expect })}
        {result && result.verdict !== intent.expect ? `, ${t('dock:intents.got', { verdict: result.verdict })}` : ''})
      </span>
      {blocker && (
        <span className="intent-blocker">
          <code>{blocker.code}</code> <CodeInfo code={blocker.code} /> {explanationSentence(blocker, language).message}
        </span>
      )}
      {result?.error && <span className="intent-blocker">{traceProblemText(result, language)}</span>}
      <span className="row-buttons">
        <button
          type="button"
          disabled={props.readOnly}
          onClick={props.onEdit}
          aria-label={t('dock:intents.editIntent', { id: intent.id })}
        >
          {t('dock:intents.edit')}
        </button>
        <button
          type="button"
          disabled={props.readOnly}
          onClick={props.onDelete}
          aria-label={t('dock:intents.deleteIntent', { id: intent.id })}
        >
          {t('dock:intents.delete')}
        </button>
      </span>
    </li>
  );
}

function freshIntentId(intents: readonly Intent[]): string {
  const taken = new Set(intents.map((i) => i.id));
  let n = intents.length + 1;
  while (taken.has(`intent-${n}`)) n++;
  return `intent-${n}`;
}

/** The tab label's count: failing intents of the revision on screen. */
export function useFailingIntents(): number | undefined {
  const report = useCurrentReport();
  return report ? report.intents.filter((i) => !i.pass).length : undefined;
}
