import { isScenario, readVpcLabText } from '../../src/io/vpclab/index.ts';
import {
  decodeDocumentBytes,
  toReport,
  type ValidationIssue,
  type ValidationReport,
  type VpcLabDocument,
} from '../../src/model/index.ts';
import type { Notice } from '../store/store.ts';
import { currentT } from '../i18n/use-t.ts';
import { useLanguage } from '../i18n/language-store.ts';
import { validationText } from '../../src/i18n/render/validation.ts';

/** The outcome of reading a document from untrusted text or data. */
export type ReadOutcome =
  { readonly ok: true; readonly document: VpcLabDocument } | { readonly ok: false; readonly notice: Notice };

/**
 * `web-1 (resources[3].cidr): message`: the resource id and the field, then the sentence, in
 * the page's language.
 */
export function describeIssue(issue: ValidationIssue): string {
  const language = useLanguage.getState().language;
  // English shows `resources[3].cidr`; another language the path as written (`$.resources[3].cidr`),
  // which reads as the document's address rather than as an English word.
  const field = language === 'en' ? issue.path.replace(/^\$\.?/, '') : issue.path === '$' ? '' : issue.path;
  const where = issue.resource ?? currentT()('validation:document');
  const message = validationText(issue, language);
  return field === '' ? `${where}: ${message}` : `${where} (${field}): ${message}`;
}

/** Turns a validation report into a document, or a notice naming the source and listing every error. */
export function fromReport(report: ValidationReport, source: string): ReadOutcome {
  if (report.valid && report.document) return { ok: true, document: report.document };
  const [first] = report.errors;
  if (report.errors.length === 1 && (first?.code === 'JSON_SYNTAX' || first?.code === 'ENCODING_UNSUPPORTED')) {
    return {
      ok: false,
      notice: {
        kind: 'error',
        text: currentT()('notices:importFailed', {
          source,
          why: validationText(first, useLanguage.getState().language),
        }),
      },
    };
  }
  const count = report.errors.length;
  return {
    ok: false,
    notice: {
      kind: 'error',
      text: currentT()('notices:importErrors', { source, count }),
      details: report.errors.map(describeIssue),
    },
  };
}

/**
 * Reads an imported file's bytes, decoded as the CLI decodes them (decode-text.ts: UTF-8 with or
 * without a byte order mark, UTF-16 with one); another encoding is refused with a sentence.
 */
export function readDocumentBytes(bytes: Uint8Array, source: string): ReadOutcome {
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) return fromReport(toReport(null, [decoded.issue]), source);
  return readDocumentText(decoded.text, source);
}

/**
 * Reads document text (an imported file or pasted JSON). A bundled example or shared scenario
 * file (`{ title, document }`) is accepted too: its document is imported.
 */
export function readDocumentText(text: string, source: string): ReadOutcome {
  return fromReport(readVpcLabText(text), source);
}

export { isScenario };
