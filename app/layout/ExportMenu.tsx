import { lessonIntentLines } from '../canvas/overlay/lesson-intent-lines.ts';
import { useLessonIntents } from '../lessons/lesson-intents.ts';
import { useEffect, useRef, useState } from 'react';
import { useCloseOnOutside } from './use-close-on-outside.ts';
import { useAnalysis } from '../analysis/analysis-store.ts';
import { useTrace } from '../analysis/trace-store.ts';
import { designPicture, imageFileName, pictureToPng, type PictureChoice } from '../canvas/export-image.ts';
import { downloadBlob, downloadText } from '../document/download.ts';
import { exportFileName, safeFileBase, serializeDocument } from '../../src/io/vpclab/write.ts';
import { currentT, useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { useLanguage } from '../i18n/language-store.ts';
import { onMenuKey } from './menu-keys.ts';
import { MenuTrigger } from './MenuTrigger.tsx';

const MENU_ID = 'export-menu';

/** Runs an export, or says why it could not. */
async function attempt(run: () => void | Promise<void>): Promise<void> {
  try {
    await run();
  } catch (caught) {
    const why = caught instanceof Error ? caught.message : String(caught);
    useEditor.getState().notify({ kind: 'error', text: currentT()('notices:exportFailed', { why }) });
  }
}

function exportJson(): void {
  const { document } = useEditor.getState();
  downloadText(serializeDocument(document), exportFileName(document.name));
}

/** The open lesson's intents for the picture, when their results are for the revision on screen. */
function currentLessonLines() {
  const { lesson, revision } = useEditor.getState();
  const checked = useLessonIntents.getState();
  return checked.lessonId === lesson?.id && checked.revision === revision
    ? lessonIntentLines(lesson, checked.results, useLanguage.getState().language)
    : [];
}

/**
 * Export CloudFormation (`<name>.cfn.yaml`) and Export Terraform (`<name>.tf`), named by the
 * Export JSON rule. What the format cannot say is kept in its metadata; the notice lists it.
 */
async function exportInfrastructure(format: 'cloudformation' | 'terraform'): Promise<void> {
  // The writers (and their YAML library) load on first use, not with the page.
  const [{ describeIacWarning }, { writeCloudFormation }, { writeTerraform }] = await Promise.all([
    import('../../src/io/iac/describe.ts'),
    import('../../src/io/cloudformation/write.ts'),
    import('../../src/io/terraform/write.ts'),
  ]);
  const { document, notify } = useEditor.getState();
  const t = currentT();
  const cloudFormation = format === 'cloudformation';
  const exported = cloudFormation ? writeCloudFormation(document) : writeTerraform(document);
  const file = `${safeFileBase(document.name)}.${cloudFormation ? 'cfn.yaml' : 'tf'}`;
  downloadText(exported.text, file, cloudFormation ? 'application/yaml' : 'text/plain');
  const count = exported.warnings.length;
  notify(
    count === 0
      ? { kind: 'info', text: t('iac:notice.exported', { file }) }
      : {
          kind: 'info',
          text: t('iac:notice.exportedWithWarnings', {
            file,
            count,
            parts: exported.warnings.map((w) => w.subject).join(', '),
          }),
          details: exported.warnings.map((w) => describeIacWarning(w, t)),
        },
  );
}

/** Export SVG and PNG draw the same picture: PNG is the SVG rendered at twice its size. */
async function exportImage(format: 'png' | 'svg', choice: PictureChoice): Promise<void> {
  const { document, revision, selection } = useEditor.getState();
  const report = useAnalysis.getState().report;
  const picture = designPicture(
    document,
    report?.revision === revision ? report : null,
    selection,
    choice,
    currentT(),
    useTrace.getState().traced,
    currentLessonLines(),
  );
  const name = imageFileName(document.name, format);
  if (format === 'svg') downloadText(picture.svg, name, 'image/svg+xml');
  else downloadBlob(await pictureToPng(picture), name);
}

/**
 * Export: a menu button holding Export JSON, Export PNG, Export SVG, Export CloudFormation and
 * Export Terraform (menu items, named as in ui.md) and the pictures' options, whole design or the selection, with or without the
 * reachability overlay (check items that leave the menu open). One button keeps the top bar
 * narrow enough for 1024 px in every language.
 */
export function ExportMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<PictureChoice>({ overlay: true, selectionOnly: false });
  const hasSelection = useEditor((state) => state.selection.length > 0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useCloseOnOutside(open, [menu, button], () => setOpen(false));

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const run = (action: () => void | Promise<void>) => {
    close();
    void attempt(action);
  };
  const check = (key: keyof PictureChoice, label: string, disabled = false) => (
    <li role="none">
      <button
        type="button"
        role="menuitemcheckbox"
        tabIndex={-1}
        aria-checked={choice[key]}
        aria-disabled={disabled || undefined}
        className="menu-check"
        onClick={() => {
          if (!disabled) setChoice((was) => ({ ...was, [key]: !was[key] }));
        }}
      >
        {/* The mark is decoration: aria-checked says it, and it must not join the item's name. */}
        <span className="menu-check-mark" aria-hidden="true">
          {choice[key] ? '✓' : ''}
        </span>
        {label}
      </button>
    </li>
  );

  return (
    <div className="menu-anchor">
      <MenuTrigger buttonRef={button} open={open} setOpen={setOpen} menuId={MENU_ID}>
        {t('topBar:exportMenu.button')}
      </MenuTrigger>
      {open && (
        <ul
          ref={menu}
          id={MENU_ID}
          role="menu"
          aria-label={t('topBar:exportMenu.button')}
          className="top-bar-popover menu export-menu"
          onKeyDown={(event) => onMenuKey(event, close)}
        >
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => run(exportJson)}>
              {t('topBar:exportJson')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => run(() => exportImage('png', choice))}>
              {t('topBar:exportPng')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => run(() => exportImage('svg', choice))}>
              {t('topBar:exportSvg')}
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => run(() => exportInfrastructure('cloudformation'))}
            >
              {t('iac:menu.exportCloudFormation')}
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => run(() => exportInfrastructure('terraform'))}
            >
              {t('iac:menu.exportTerraform')}
            </button>
          </li>
          <li role="separator" className="menu-separator" />
          {check('overlay', t('topBar:exportMenu.includeOverlay'))}
          {check('selectionOnly', t('topBar:exportMenu.selectionOnly'), !hasSelection)}
        </ul>
      )}
    </div>
  );
}
