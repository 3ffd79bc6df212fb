import enCli from './locales/en/cli.json';
import enCommon from './locales/en/common.json';
import enExplanations from './locales/en/explanations.json';
import enFindings from './locales/en/findings.json';
import enHops from './locales/en/hops.json';
import enValidation from './locales/en/validation.json';
import jaCli from './locales/ja/cli.json';
import jaCommon from './locales/ja/common.json';
import jaExplanations from './locales/ja/explanations.json';
import jaFindings from './locales/ja/findings.json';
import jaHops from './locales/ja/hops.json';
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
    hops: enHops,
    validation: enValidation,
  },
  ja: {
    cli: jaCli,
    common: jaCommon,
    explanations: jaExplanations,
    findings: jaFindings,
    hops: jaHops,
    validation: jaValidation,
  },
} as const;

export type Namespace = keyof (typeof CATALOGUES)['en'];
