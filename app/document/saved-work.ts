import { validateDocument, type VpcLabDocument } from '../../src/model/index.ts';
import { passesDocumentSchema } from '../../src/edit/schema-check.ts';
import { keptHistory, SAVED_HISTORY_LIMIT } from './history-budget.ts';
import { describeIssue } from './import.ts';

export { SAVED_HISTORY_LIMIT };

/**
 * What autosave keeps in IndexedDB: the design, the undo and redo steps around it (ui.md: the
 * undo history survives a reload, so a design replaced by a share link or an example is one
 * Undo away after a reload too), when it was saved and by which tab (tabs compare stamps).
 */
export interface SavedWork {
  readonly kind: typeof SAVED_WORK_KIND;
  readonly savedAt: number;
  readonly tab: string;
  readonly document: VpcLabDocument;
  /** Undo steps, oldest first; redo steps, the next redo last (as zundo keeps them). */
  readonly past: readonly VpcLabDocument[];
  readonly future: readonly VpcLabDocument[];
}

export const SAVED_WORK_KIND = 'vpclab-saved-work';

/** Saved work as read back: validated, and with only the history steps that are still valid. */
export type SavedRead =
  | { readonly status: 'none' }
  | { readonly status: 'ok'; readonly work: SavedWork }
  | { readonly status: 'unreadable'; readonly why: string };

/** The envelope to save for a document and the history around it. */
export function savedWorkOf(
  document: VpcLabDocument,
  past: readonly VpcLabDocument[],
  future: readonly VpcLabDocument[],
  savedAt: number,
  tab: string,
): SavedWork {
  return { kind: SAVED_WORK_KIND, savedAt, tab, document, ...keptHistory(past, future) };
}

/**
 * Reads what IndexedDB held. Local storage is untrusted (another version, a hand edit, a broken
 * write): the design is validated like an import. A design with semantic errors is still the
 * person's work and is restored; one without structure is unreadable. A plain document (what
 * versions before the envelope saved) reads as work without history.
 */
export function readSavedWork(raw: unknown): SavedRead {
  if (raw === undefined || raw === null) return { status: 'none' };
  const envelope = isEnvelope(raw) ? raw : undefined;
  const report = validateDocument(envelope ? envelope.document : raw);
  if (report.document === null) {
    const first = report.errors[0];
    return { status: 'unreadable', why: first ? describeIssue(first) : 'not a VPC Lab design' };
  }
  const savedAt = envelope && typeof envelope.savedAt === 'number' ? envelope.savedAt : 0;
  const tab = envelope && typeof envelope.tab === 'string' ? envelope.tab : '';
  return {
    status: 'ok',
    work: savedWorkOf(report.document, validSteps(envelope?.past), validSteps(envelope?.future), savedAt, tab),
  };
}

function isEnvelope(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).kind === SAVED_WORK_KIND;
}

/**
 * The steps that can still be reached: a step that no longer validates cuts the history there,
 * and the steps beyond it (further from the present) go with it. History that is not a list
 * is dropped; the design is kept either way. A step this version wrote passes the schema check
 * part by part (steps share their unchanged resources, so the check costs what each step
 * changed); any other step is validated and migrated as an import is.
 */
function validSteps(steps: unknown): VpcLabDocument[] {
  if (!Array.isArray(steps)) return [];
  const kept: VpcLabDocument[] = [];
  for (const step of steps.slice(-SAVED_HISTORY_LIMIT)) {
    if (passesDocumentSchema(step)) {
      kept.push(step as VpcLabDocument);
      continue;
    }
    const report = validateDocument(step);
    if (report.document === null) kept.length = 0;
    else kept.push(report.document);
  }
  return kept;
}
