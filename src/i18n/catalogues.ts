import enCanvas from './locales/en/canvas.json';
import enCommon from './locales/en/common.json';
import enDialogs from './locales/en/dialogs.json';
import enDock from './locales/en/dock.json';
import enExamples from './locales/en/examples.json';
import enInspector from './locales/en/inspector.json';
import enLessonPanel from './locales/en/lessonPanel.json';
import enNotices from './locales/en/notices.json';
import enPalette from './locales/en/palette.json';
import enTopBar from './locales/en/topBar.json';
import jaCanvas from './locales/ja/canvas.json';
import jaCommon from './locales/ja/common.json';
import jaDialogs from './locales/ja/dialogs.json';
import jaDock from './locales/ja/dock.json';
import jaExamples from './locales/ja/examples.json';
import jaInspector from './locales/ja/inspector.json';
import jaLessonPanel from './locales/ja/lessonPanel.json';
import jaNotices from './locales/ja/notices.json';
import jaPalette from './locales/ja/palette.json';
import jaTopBar from './locales/ja/topBar.json';

/**
 * Every message of the product, per language and namespace, as ICU MessageFormat strings
 * (https://unicode-org.github.io/icu/userguide/format_parse/messages/). One JSON file per
 * namespace and language under `locales/`; a namespace is one screen or one concept (the
 * inspector, trace hops, the glossary), so two pieces of work rarely edit the same file.
 *
 * To add a namespace: write `locales/en/<ns>.json` and `locales/ja/<ns>.json` and list both
 * here. English is the source; `catalogues.test.ts` requires every language to have the same
 * keys with the same arguments, so a message missing in Japanese fails the tests, not the page.
 */
export const CATALOGUES = {
  en: {
    canvas: enCanvas,
    common: enCommon,
    dialogs: enDialogs,
    dock: enDock,
    examples: enExamples,
    inspector: enInspector,
    lessonPanel: enLessonPanel,
    notices: enNotices,
    palette: enPalette,
    topBar: enTopBar,
  },
  ja: {
    canvas: jaCanvas,
    common: jaCommon,
    dialogs: jaDialogs,
    dock: jaDock,
    examples: jaExamples,
    inspector: jaInspector,
    lessonPanel: jaLessonPanel,
    notices: jaNotices,
    palette: jaPalette,
    topBar: jaTopBar,
  },
} as const;

export type Namespace = keyof (typeof CATALOGUES)['en'];
