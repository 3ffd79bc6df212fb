import { useDeferredValue } from 'react';
import { ArrangeButtons } from '../canvas/arrange/ArrangeButtons.tsx';
import { findInterface, type ValidationIssue } from '../../src/model/index.ts';
import { documentIndex } from '../store/document-index.ts';
import { useCurrentReport } from '../analysis/analysis-store.ts';
import { useEditor, type EditorState } from '../store/store.ts';
import { annotationIdOf } from '../../src/edit/index.ts';
import { AnnotationPanel } from './inspector/AnnotationPanel.tsx';
import { OpenButton } from './inspector/fields/OpenButton.tsx';
import { FindResource } from './inspector/FindResource.tsx';
import './inspector/inspector.css';
import { ResourcePanel } from './inspector/ResourcePanel.tsx';
import { useT } from '../i18n/use-t.ts';
import { useReadOnly } from '../collab/ui/use-read-only.ts';

const selectDocument = (state: EditorState) => state.document;
const selectSelection = (state: EditorState) => state.selection;
const NO_ERRORS: readonly ValidationIssue[] = [];

/**
 * The inspector: find any resource, and see and edit the selected one. One selected shows its
 * form; several, a short list to pick from; none, a hint.
 */
export function Inspector() {
  const document = useEditor(selectDocument);
  const selection = useEditor(selectSelection);
  const index = documentIndex(document);
  // The selected resource's form follows the edit at once; the list of every resource may lag
  // one deferred render behind, outside the edit's task.
  const findIndex = useDeferredValue(index);
  // The worker's validation of the applied document tells each field what the edit broke
  // (overlaps, references); validating here would block the page on large designs.
  const errors = useCurrentReport()?.errors ?? NO_ERRORS;
  const [only] = selection;
  // A network interface node selects its endpoint (`web-1/eni-1`): the inspector shows its instance.
  const owner = only === undefined || index.byId.has(only) ? undefined : findInterface(only, index.byId)?.instance.id;
  const t = useT();
  // View-only (a live session's view link): every field shows, none takes input; Find still works.
  const readOnly = useReadOnly();
  return (
    <section className="inspector" aria-label={t('inspector:heading')}>
      <h2>{t('inspector:heading')}</h2>
      <FindResource index={findIndex} />
      <fieldset className="inspector-fields" disabled={readOnly}>
        {selection.length === 0 && <p className="muted">{t('inspector:selectHint')}</p>}
        {selection.length === 1 && only !== undefined && annotationIdOf(only) !== undefined && (
          <AnnotationPanel key={only} id={annotationIdOf(only)!} index={index} />
        )}
        {selection.length === 1 && only !== undefined && annotationIdOf(only) === undefined && (
          <ResourcePanel key={only} id={owner ?? only} index={index} errors={errors} />
        )}
        {selection.length > 1 && (
          <div className="selection-summary">
            <p>{t('inspector:selectedCount', { count: selection.length })}</p>
            <ArrangeButtons selection={selection} />
            <ul className="open-list">
              {selection.map((id) => (
                <li key={id}>
                  <OpenButton id={id} label={id} />
                  <span className="field-note">{index.byId.get(id)?.type ?? t('inspector:missingType')}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>
    </section>
  );
}
