import { useEffect, useRef, useState } from 'react';
import { useCloseOnOutside } from './use-close-on-outside.ts';
import { loadExample, loadExampleIndex, type ExampleEntry } from '../document/examples.ts';
import { applyOutcome } from '../document/startup.ts';
import { useCurrentLanguage } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';
import { showTeaches } from '../lessons/example-teaches.ts';
import { useLessons } from '../lessons/use-lessons.ts';
import { exampleTitle } from './example-title.ts';
import { onMenuKey } from './menu-keys.ts';
import { MenuTrigger } from './MenuTrigger.tsx';
import { useEditor } from '../store/store.ts';
import { useReadOnly } from '../collab/ui/use-read-only.ts';

/**
 * Examples: a menu button whose menu lists the bundled examples by title, then the lessons
 * (menu items, arrow keys move, Escape closes). Choosing an example replaces the design as one
 * undoable step; choosing a lesson opens it as the Lessons button does.
 */
export function ExamplesMenu() {
  const t = useT();
  const language = useCurrentLanguage();
  const [open, setOpen] = useState(false);
  // An example or a lesson would replace the room's design: not on a view-only page.
  const readOnly = useReadOnly();
  const lessons = useLessons(open);
  const [entries, setEntries] = useState<readonly ExampleEntry[] | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open || entries !== null) return;
    let live = true;
    loadExampleIndex()
      .then((list) => live && setEntries(list))
      .catch(() => live && setEntries([]));
    return () => {
      live = false;
    };
  }, [open, entries]);

  useCloseOnOutside(open, [menu, button], () => setOpen(false));

  useEffect(() => {
    if (!open) return;
    // Lessons arrive after the examples: keep the focus where the person has moved it.
    if (!menu.current?.contains(document.activeElement))
      menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open, entries, lessons]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = async (entry: ExampleEntry) => {
    close();
    if (applyOutcome(await loadExample(entry.file))) showTeaches(entry);
  };

  return (
    <div className="menu-anchor">
      <MenuTrigger buttonRef={button} open={open} setOpen={setOpen} menuId="examples-menu" disabled={readOnly}>
        {t('topBar:examples')}
      </MenuTrigger>
      {open && (
        <ul
          ref={menu}
          id="examples-menu"
          role="menu"
          aria-label={t('topBar:examples')}
          className="top-bar-popover menu"
          onKeyDown={(event) => onMenuKey(event, close)}
        >
          {entries === null && (
            <li role="none" className="muted">
              {t('examples:menu.loading')}
            </li>
          )}
          {entries?.length === 0 && (
            <li role="none" className="muted">
              {t('examples:menu.none')}
            </li>
          )}
          {entries?.map((entry) => (
            <li key={entry.file} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => void choose(entry)}>
                {exampleTitle(t, entry)}
              </button>
            </li>
          ))}
          {lessons !== null && lessons.length > 0 && (
            <li role="none">
              <ul role="group" aria-label={t('examples:menu.lessons')} className="menu-group">
                <li role="none" aria-hidden="true" className="menu-group-label">
                  {t('examples:menu.lessons')}
                </li>
                {lessons.map((lesson) => (
                  <li key={lesson.id} role="none">
                    <button
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      onClick={() => {
                        close();
                        useEditor.getState().openLesson(lesson);
                      }}
                    >
                      {lesson.title[language]}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
