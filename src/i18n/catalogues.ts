import enCli from './locales/en/cli.json';
import jaCli from './locales/ja/cli.json';
import enCommon from './locales/en/common.json';
import jaCommon from './locales/ja/common.json';
import enExplanations from './locales/en/explanations.json';
import jaExplanations from './locales/ja/explanations.json';
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
import enLessonAuthoring from './locales/en/lessonAuthoring.json';
import jaLessonAuthoring from './locales/ja/lessonAuthoring.json';
import enLessonFiles from './locales/en/lessonFiles.json';
import jaLessonFiles from './locales/ja/lessonFiles.json';
import enPacketWalk from './locales/en/packetWalk.json';
import jaPacketWalk from './locales/ja/packetWalk.json';
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
    cli: enCli,
    common: enCommon,
    explanations: enExplanations,
    findings: enFindings,
    glossary: enGlossary,
    hops: enHops,
    iac: enIac,
    importAws: enImportAws,
    lessonAuthoring: enLessonAuthoring,
    lessonFiles: enLessonFiles,
    packetWalk: enPacketWalk,
    validation: enValidation,
  },
  ja: {
    cli: jaCli,
    common: jaCommon,
    explanations: jaExplanations,
    findings: jaFindings,
    glossary: jaGlossary,
    hops: jaHops,
    iac: jaIac,
    importAws: jaImportAws,
    lessonAuthoring: jaLessonAuthoring,
    lessonFiles: jaLessonFiles,
    packetWalk: jaPacketWalk,
    validation: jaValidation,
  },
} as const;

export type Namespace = keyof (typeof CATALOGUES)['en'];
