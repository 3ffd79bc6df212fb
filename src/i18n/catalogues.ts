import enArrange from './locales/en/arrange.json';
import jaArrange from './locales/ja/arrange.json';
import enCanvas from './locales/en/canvas.json';
import jaCanvas from './locales/ja/canvas.json';
import enCli from './locales/en/cli.json';
import jaCli from './locales/ja/cli.json';
import enClipboard from './locales/en/clipboard.json';
import jaClipboard from './locales/ja/clipboard.json';
import enCollab from './locales/en/collab.json';
import jaCollab from './locales/ja/collab.json';
import enCommon from './locales/en/common.json';
import jaCommon from './locales/ja/common.json';
import enConnect from './locales/en/connect.json';
import jaConnect from './locales/ja/connect.json';
import enContextMenu from './locales/en/contextMenu.json';
import jaContextMenu from './locales/ja/contextMenu.json';
import enDesignDefaults from './locales/en/designDefaults.json';
import jaDesignDefaults from './locales/ja/designDefaults.json';
import enDialogs from './locales/en/dialogs.json';
import jaDialogs from './locales/ja/dialogs.json';
import enDock from './locales/en/dock.json';
import jaDock from './locales/ja/dock.json';
import enExamples from './locales/en/examples.json';
import jaExamples from './locales/ja/examples.json';
import enExplanations from './locales/en/explanations.json';
import jaExplanations from './locales/ja/explanations.json';
import enFind from './locales/en/find.json';
import jaFind from './locales/ja/find.json';
import enFindings from './locales/en/findings.json';
import jaFindings from './locales/ja/findings.json';
import enGlossary from './locales/en/glossary.json';
import jaGlossary from './locales/ja/glossary.json';
import enHops from './locales/en/hops.json';
import jaHops from './locales/ja/hops.json';
import enIac from './locales/en/iac.json';
import jaIac from './locales/ja/iac.json';
import enImportAws from './locales/en/importAws.json';
import jaImportAws from './locales/ja/importAws.json';
import enInspector from './locales/en/inspector.json';
import jaInspector from './locales/ja/inspector.json';
import enInterfaces from './locales/en/interfaces.json';
import jaInterfaces from './locales/ja/interfaces.json';
import enKeyboardCanvas from './locales/en/keyboardCanvas.json';
import jaKeyboardCanvas from './locales/ja/keyboardCanvas.json';
import enLessonAuthoring from './locales/en/lessonAuthoring.json';
import jaLessonAuthoring from './locales/ja/lessonAuthoring.json';
import enLessonFiles from './locales/en/lessonFiles.json';
import jaLessonFiles from './locales/ja/lessonFiles.json';
import enLessonPanel from './locales/en/lessonPanel.json';
import jaLessonPanel from './locales/ja/lessonPanel.json';
import enLiveSession from './locales/en/liveSession.json';
import jaLiveSession from './locales/ja/liveSession.json';
import enNotes from './locales/en/notes.json';
import jaNotes from './locales/ja/notes.json';
import enNotices from './locales/en/notices.json';
import jaNotices from './locales/ja/notices.json';
import enPacketWalk from './locales/en/packetWalk.json';
import jaPacketWalk from './locales/ja/packetWalk.json';
import enPalette from './locales/en/palette.json';
import jaPalette from './locales/ja/palette.json';
import enPrefixLists from './locales/en/prefixLists.json';
import jaPrefixLists from './locales/ja/prefixLists.json';
import enTopBar from './locales/en/topBar.json';
import jaTopBar from './locales/ja/topBar.json';
import enTransitTables from './locales/en/transitTables.json';
import jaTransitTables from './locales/ja/transitTables.json';
import enValidation from './locales/en/validation.json';
import jaValidation from './locales/ja/validation.json';

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
    arrange: enArrange,
    canvas: enCanvas,
    cli: enCli,
    clipboard: enClipboard,
    collab: enCollab,
    common: enCommon,
    connect: enConnect,
    contextMenu: enContextMenu,
    designDefaults: enDesignDefaults,
    dialogs: enDialogs,
    dock: enDock,
    examples: enExamples,
    explanations: enExplanations,
    find: enFind,
    findings: enFindings,
    glossary: enGlossary,
    hops: enHops,
    iac: enIac,
    importAws: enImportAws,
    inspector: enInspector,
    interfaces: enInterfaces,
    keyboardCanvas: enKeyboardCanvas,
    lessonAuthoring: enLessonAuthoring,
    lessonFiles: enLessonFiles,
    lessonPanel: enLessonPanel,
    liveSession: enLiveSession,
    notes: enNotes,
    notices: enNotices,
    packetWalk: enPacketWalk,
    palette: enPalette,
    prefixLists: enPrefixLists,
    topBar: enTopBar,
    transitTables: enTransitTables,
    validation: enValidation,
  },
  ja: {
    arrange: jaArrange,
    canvas: jaCanvas,
    cli: jaCli,
    clipboard: jaClipboard,
    collab: jaCollab,
    common: jaCommon,
    connect: jaConnect,
    contextMenu: jaContextMenu,
    designDefaults: jaDesignDefaults,
    dialogs: jaDialogs,
    dock: jaDock,
    examples: jaExamples,
    explanations: jaExplanations,
    find: jaFind,
    findings: jaFindings,
    glossary: jaGlossary,
    hops: jaHops,
    iac: jaIac,
    importAws: jaImportAws,
    inspector: jaInspector,
    interfaces: jaInterfaces,
    keyboardCanvas: jaKeyboardCanvas,
    lessonAuthoring: jaLessonAuthoring,
    lessonFiles: jaLessonFiles,
    lessonPanel: jaLessonPanel,
    liveSession: jaLiveSession,
    notes: jaNotes,
    notices: jaNotices,
    packetWalk: jaPacketWalk,
    palette: jaPalette,
    prefixLists: jaPrefixLists,
    topBar: jaTopBar,
    transitTables: jaTransitTables,
    validation: jaValidation,
  },
} as const;

export type Namespace = keyof (typeof CATALOGUES)['en'];
