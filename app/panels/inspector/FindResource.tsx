import { memo, useId } from 'react';
import { RESOURCE_TYPES, type DocumentIndex } from '../../../src/model/index.ts';
import { useEditor, type EditorState } from '../../store/store.ts';
import { OptionList, sameOptions, type Option } from '../OptionList.tsx';
import { labelOf } from './options.ts';
import { useT } from '../../i18n/use-t.ts';
import { inspectorLabel } from './inspector-label.ts';

const selectSelection = (state: EditorState) => state.selection;
const selectSelect = (state: EditorState) => state.select;

/**
 * "Find resource": every resource of the document, implicit tables and groups included, grouped by
 * type. Choosing one selects it. It is the keyboard way to reach anything, including route tables,
 * ACLs and groups, which the canvas does not draw. Memoised: the inspector hands it a deferred
 * index, so that a thousand options are not relabelled and compared in an edit's own task.
 */
export const FindResource = memo(function FindResource({ index }: { readonly index: DocumentIndex }) {
  const id = useId();
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  const selection = useEditor(selectSelection);
  const select = useEditor(selectSelect);
  const current = selection.length === 1 && index.byId.has(selection[0]!) ? selection[0]! : '';
  return (
    <div className="field find-resource">
      <label htmlFor={id}>{word('Find resource')}</label>
      <select id={id} value={current} onChange={(event) => event.target.value && select([event.target.value])}>
        <option value="">
          {index.resources.length > 0 ? t('inspector:chooseResource') : t('inspector:noResourcesYet')}
        </option>
        {RESOURCE_TYPES.map((type) => {
          const resources = index.ofType(type);
          if (resources.length === 0) return null;
          return (
            <OptionGroup
              key={type}
              label={t(`palette:items.${type}`)}
              options={resources.map((r) => ({ value: r.id, label: labelOf(r) }))}
            />
          );
        })}
      </select>
    </div>
  );
});

/** One type's resources; skipped by React while they and their labels stay the same. */
const OptionGroup = memo(
  function OptionGroup({ label, options }: { readonly label: string; readonly options: readonly Option[] }) {
    return (
      <optgroup label={label}>
        <OptionList options={options} />
      </optgroup>
    );
  },
  (before, after) => before.label === after.label && sameOptions(before.options, after.options),
);
