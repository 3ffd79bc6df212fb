import { CanvasActions } from '../canvas/CanvasActions.tsx';
import { LiveSessionControls } from '../collab/ui/LiveSessionControls.tsx';
import { NameDialog } from '../collab/ui/NameDialog.tsx';
import { GlossaryButton } from '../glossary/GlossaryButton.tsx';
import { LanguageSelect } from '../i18n/LanguageSelect.tsx';
import { LessonsButton } from '../lessons/LessonsButton.tsx';
import { ThemeToggle } from '../theme/ThemeToggle.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { DocumentName } from './DocumentName.tsx';
import { ExamplesMenu } from './ExamplesMenu.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { HistoryButtons } from './HistoryButtons.tsx';
import { ImportControls } from './ImportControls.tsx';
import { NewButton } from './NewButton.tsx';
import { NoticeArea } from './NoticeArea.tsx';
import { ShareButton } from './ShareButton.tsx';
import './top-bar.css';
import { useShortcuts } from './use-shortcuts.ts';
import { useT } from '../i18n/use-t.ts';

/**
 * The top bar (toolbar "Main"): the document's name and what works on the whole document
 * (New, Examples, Lessons, Glossary, Import, Export, share, the live session, Undo and Redo, the canvas's own actions, the
 * language), plus the
 * notices and the delete confirmation, which belong to no single panel.
 */
export function TopBar() {
  const t = useT();
  useShortcuts();
  return (
    <>
      <header className="top-bar" role="toolbar" aria-label={t('topBar:main')}>
        <span className="brand">
          <img src="/favicon.svg" alt="" width={20} height={20} />
          <span className="brand-name">VPC Lab</span>
        </span>
        <DocumentName />
        <div className="top-bar-group">
          <NewButton />
          <ExamplesMenu />
          <LessonsButton />
          <GlossaryButton />
          <ImportControls />
          <ExportMenu />
          <ShareButton />
        </div>
        <div className="top-bar-group">
          <LiveSessionControls />
        </div>
        <div className="top-bar-group">
          <HistoryButtons />
        </div>
        <div className="top-bar-group">
          <CanvasActions />
        </div>
        <div className="top-bar-group">
          <ThemeToggle />
          <LanguageSelect />
        </div>
      </header>
      {/* Out of the toolbar (they are not its controls) and out of the grid flow (fixed, top layer). */}
      <NoticeArea />
      <DeleteDialog />
      <NameDialog />
    </>
  );
}
