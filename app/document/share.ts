import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { validateDocument, type VpcLabDocument } from '../../src/model/index.ts';
import { currentT } from '../i18n/use-t.ts';
import { fromReport, type ReadOutcome } from './import.ts';

const PREFIX = '#doc=';

/** A link that opens this page with the document in its fragment (`#doc=...`, lz-string compressed). */
export function shareLink(document: VpcLabDocument, base: string = location.origin + location.pathname): string {
  return `${base}${PREFIX}${compressToEncodedURIComponent(JSON.stringify(document))}`;
}

/** True when a URL fragment carries a shared document. */
export const hasSharedDocument = (hash: string): boolean => hash.startsWith(PREFIX);

/** Reads the document of a share link's fragment; a broken link gives a notice, never a throw. */
export function readSharedDocument(hash: string): ReadOutcome {
  let value: unknown;
  try {
    // lz-string throws on some truncated inputs (`#doc=yA`) instead of returning null.
    const text = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
    value = text ? JSON.parse(text) : undefined;
  } catch {
    value = undefined;
  }
  if (value === undefined) {
    return {
      ok: false,
      notice: {
        kind: 'error',
        text: currentT()('notices:shareDamaged'),
      },
    };
  }
  return fromReport(validateDocument(value), 'the share link');
}
