import { memo, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { findInterface, type DocumentIndex, type SearchEntry } from '../../../src/model/index.ts';
import { useEditor, type EditorState } from '../../store/store.ts';
import { labelOf } from './options.ts';
import { useT } from '../../i18n/use-t.ts';
import { inspectorLabel } from './inspector-label.ts';
import { resourceSearch } from './find-search.ts';
import { useFindShortcut } from './use-find-shortcut.ts';

const selectSelection = (state: EditorState) => state.selection;
/** Options drawn at most: past this the list says how many more and asks for more letters. */
export const FIND_LIMIT = 50;

/**
 * "Find resource": an ARIA 1.2 combobox over every resource of the document, implicit tables
 * and groups included. Typing part of an id, name, CIDR or address filters the list (an address
 * also finds the subnet and VPC holding it); arrows move the highlight; Enter picks the
 * highlighted option, the first by default: it is selected and the canvas centres on it. It is
 * the keyboard way to reach anything, including route tables, ACLs and groups, which the canvas
 * does not draw. Ctrl/Cmd+K or `/` focuses it. The search is built once per document revision,
 * when the list first opens (the inspector hands in a deferred index), and at most FIND_LIMIT
 * options are drawn.
 */
export const FindResource = memo(function FindResource({ index }: { readonly index: DocumentIndex }) {
  const id = useId();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  useFindShortcut(input);
  const selection = useEditor(selectSelection);
  const current =
    selection.length === 1 && (index.byId.has(selection[0]!) || findInterface(selection[0]!, index.byId))
      ? selection[0]!
      : '';
  // While typing, the box holds the query; otherwise it shows the selected resource, as a select would.
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = query ?? '';
  // Built when first needed for this revision, not on every edit while the list is closed.
  const { matches, total } = open ? resourceSearch(index).find(typed, FIND_LIMIT) : { matches: [], total: 0 };
  const highlighted = Math.min(active, matches.length - 1);
  const optionId = (n: number) => `${id}-option-${n}`;

  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open && highlighted >= 0) list.current?.children[highlighted]?.scrollIntoView({ block: 'nearest' });
  }, [open, highlighted]);

  const pick = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    // A network interface's entry selects the interface's node (its endpoint, `web-1/eni-1`).
    const target = entry.networkInterface?.endpoint ?? entry.resource.id;
    useEditor.getState().focus([target], target);
    setQuery(null);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        setOpen(true);
        setActive(0);
      } else if (!event.altKey) {
        const last = matches.length - 1;
        setActive(event.key === 'ArrowDown' ? Math.min(highlighted + 1, last) : Math.max(highlighted - 1, 0));
      }
    } else if (event.key === 'Enter') {
      if (query === null && !open) return;
      pick(open ? matches[highlighted] : resourceSearch(index).find(typed, 1).matches[0]);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else if (query !== null) setQuery(null);
      else return;
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const status = !open
    ? ''
    : index.resources.length === 0
      ? t('find:count', { count: 0 })
      : total === 0
        ? t('find:noMatch', { query: typed.trim() })
        : total > matches.length
          ? t('find:more', { count: total - matches.length })
          : t('find:count', { count: total });
  const needle = typed.trim().toLowerCase();

  return (
    <div className="field find-resource">
      <label htmlFor={id}>{inspectorLabel(t, 'Find resource')}</label>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && highlighted >= 0 ? optionId(highlighted) : undefined}
        aria-keyshortcuts="Control+K Meta+K /"
        aria-describedby={`${id}-status`}
        placeholder={t('find:placeholder')}
        value={query ?? current}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="find-popup" hidden={!open}>
        <ul ref={list} id={`${id}-list`} role="listbox" aria-label={t('find:results')}>
          {matches.map((entry, n) => (
            <li
              key={entry.networkInterface?.endpoint ?? entry.resource.id}
              id={optionId(n)}
              role="option"
              aria-selected={n === highlighted}
              // The input keeps the focus: a press on an option must not blur it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(entry)}
              onMouseMove={() => n !== highlighted && setActive(n)}
            >
              <span className="find-label">{entry.networkInterface?.endpoint ?? labelOf(entry.resource)}</span>{' '}
              <span className="find-type">
                {entry.networkInterface ? t('interfaces:canvas.findType') : t(`palette:items.${entry.resource.type}`)}
              </span>{' '}
              <span className="find-detail">
                {entry.details.find((d) => needle !== '' && d.toLowerCase().includes(needle)) ?? entry.details[0]}
              </span>
            </li>
          ))}
        </ul>
        {/* Seen under the list; screen readers hear the live copy below instead. */}
        <p className="find-status" aria-hidden="true">
          {status}
        </p>
      </div>
      {/* Outside the popup, so that it is a live region before the list opens. */}
      <p className="visually-hidden" id={`${id}-status`} role="status">
        {status}
      </p>
    </div>
  );
});
