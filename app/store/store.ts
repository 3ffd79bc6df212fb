import { temporal } from 'zundo';
import { create } from 'zustand';
import {
  annotationIdOf,
  applyEdit,
  deletionImpact,
  interfaceRemovals,
  rememberValidDocument,
  type EditCommand,
} from '../../src/edit/index.ts';
import type { DecidingRule } from '../../src/engine/index.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { lessonSlice, NO_LESSON, type LessonSlice } from '../lessons/lesson-slice.ts';
import { emptyDocument } from './empty-document.ts';

/** A message for the person: why an edit was refused, that a worker restarted, that work was restored. */
export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
  /** One line per problem (each validation error of a failed import), listed under the text. */
  readonly details?: readonly string[];
  /** What the person can do about it (a button each); a notice with actions stays until dismissed. */
  readonly actions?: readonly NoticeAction[];
}

/** A button of a notice. */
export interface NoticeAction {
  readonly label: string;
  run(): void;
}

/** A deletion waiting for the person's answer: what they asked to delete, and everything that would go. */
export interface PendingDelete {
  readonly ids: readonly string[];
  readonly impact: readonly string[];
  /** Selected notes, text and frames, deleted in the same step. */
  readonly annotations?: readonly string[];
  /** Selected secondary network interfaces (`web-1/eni-1`), removed in the same step. */
  readonly interfaces?: readonly string[];
}

export interface EditorState extends LessonSlice {
  /** The design: the single source of truth. Undo and redo snapshot only this. */
  readonly document: VpcLabDocument;
  /** Increases with every change of `document` (undo and redo included); analysis results carry it. */
  readonly revision: number;
  /** Increases each time `replaceDocument` puts a whole other design in place (not undoable). */
  readonly replacements: number;
  /** Increases each time a whole design is put in place, replaced or restored at start: the canvas frames it. */
  readonly loads: number;
  readonly selection: readonly string[];
  /** What the canvas should centre next (a trace hop was clicked); `seq` makes a repeat click count. */
  readonly focusRequest: { readonly id: string; readonly seq: number } | null;
  /** The rule a clicked hop points at: its table highlights the row. Any other selection clears it. */
  readonly ruleHighlight: DecidingRule | null;
  readonly notice: Notice | null;
  /**
   * Why the design cannot be edited here (a view-only live link), or null. Every edit goes
   * through `dispatchAll` and `putDocument`, so refusing there covers every control.
   */
  readonly readOnly: string | null;
  /** Applies an edit; a refused edit leaves the document as it was and shows why. Returns whether it applied. */
  dispatch(command: EditCommand): boolean;
  /** Applies several edits as ONE step (a drop that re-parents and moves); if one is refused, none applies. */
  dispatchAll(commands: readonly EditCommand[]): boolean;
  /** New, Import, an example or a share link (a document `validateDocument` returned): the whole document at once, as one undoable step. It ends an open lesson. */
  replaceDocument(document: VpcLabDocument): void;
  /** Puts a whole design in place as one undoable step, with `also` (a lesson's fields) in the same update. */
  putDocument(document: VpcLabDocument, also: Partial<LessonSlice>): void;
  /**
   * Puts saved work in place at startup (validated documents): the design with the undo and
   * redo steps saved with it, oldest first as `history().pastStates` and `futureStates` hold
   * them. Not itself an undo step.
   */
  restoreDocument(document: VpcLabDocument, past: readonly VpcLabDocument[], future: readonly VpcLabDocument[]): void;
  /**
   * Puts the design a live session merged in place (someone else's edit, or an undo of one's
   * own). Not a new design: the view stays where it is, the selection keeps what still exists,
   * and no lesson ends. `frame` asks the canvas to frame it (the first design a room shows).
   */
  receiveDocument(document: VpcLabDocument, frame: boolean): void;
  setReadOnly(reason: string | null): void;
  select(ids: readonly string[], mode?: 'replace' | 'add'): void;
  clearSelection(): void;
  /** Selects `ids`, asks the canvas to centre `centre`, and highlights `rule` in the inspector's tables. */
  focus(ids: readonly string[], centre: string | undefined, rule?: DecidingRule): void;
  notify(notice: Notice | null): void;
  /** A deletion awaiting confirmation (a VPC or subnet is involved); the dialog shows it. */
  readonly pendingDelete: PendingDelete | null;
  /**
   * Deletes resources, asking first (through `pendingDelete`) when a container, a VPC or a
   * subnet, is among them, since that takes everything inside along.
   */
  requestDelete(ids: readonly string[]): void;
  /** Carries out the pending deletion. */
  confirmDelete(): void;
  cancelDelete(): void;
}

/**
 * The commands of one deletion: annotations first, then secondary network interfaces named by
 * endpoint (an interface node on the canvas), then resources (and what depends on them).
 */
const deletions = (
  document: VpcLabDocument,
  resources: readonly string[],
  annotations: readonly string[],
  interfaces: readonly string[] = [],
): EditCommand[] => [
  ...(annotations.length > 0 ? [{ type: 'delete-annotations' as const, ids: annotations }] : []),
  ...interfaceRemovals(document, [...interfaces, ...resources]),
  ...(resources.length > 0 ? [{ type: 'delete-resources' as const, ids: resources }] : []),
];

/** Containers: deleting one takes what is inside, so the editor asks first. */
const CONTAINER_TYPES: ReadonlySet<string> = new Set(['vpc', 'subnet']);

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => ({
      document: emptyDocument(),
      revision: 0,
      replacements: 0,
      loads: 0,
      selection: [],
      focusRequest: null,
      ruleHighlight: null,
      notice: null,
      readOnly: null,
      pendingDelete: null,
      ...lessonSlice(set, get),
      dispatch(command) {
        return get().dispatchAll([command]);
      },
      dispatchAll(commands) {
        const readOnly = get().readOnly;
        if (readOnly !== null) {
          set({ notice: { kind: 'error', text: readOnly } });
          return false;
        }
        let result: ReturnType<typeof applyEdit> = { ok: true, document: get().document };
        let selected: readonly string[] | undefined;
        for (const command of commands) {
          result = applyEdit(result.document, command);
          if (!result.ok) break;
          selected = result.selected ?? selected;
        }
        if (!result.ok) {
          set({ notice: { kind: 'error', text: result.message } });
          return false;
        }
        const document = result.document;
        if (document === get().document) return true;
        set((state) => ({
          document,
          revision: state.revision + 1,
          ...(selected ? { selection: selected } : {}),
          // A refusal's message is stale once an edit went through; an offer (with actions) is not.
          ...(state.notice?.kind === 'error' && !state.notice.actions ? { notice: null } : {}),
        }));
        return true;
      },
      replaceDocument(document) {
        // Another design ends the lesson: its goal and Check would speak of resources that are gone.
        get().putDocument(document, NO_LESSON);
      },
      putDocument(document, also) {
        const readOnly = get().readOnly;
        if (readOnly !== null) {
          set({ notice: { kind: 'error', text: readOnly } });
          return;
        }
        rememberValidDocument(document);
        set((state) => ({
          document,
          revision: state.revision + 1,
          replacements: state.replacements + 1,
          loads: state.loads + 1,
          selection: [],
          ...also,
        }));
      },
      restoreDocument(document, past, future) {
        for (const step of [...past, document, ...future]) rememberValidDocument(step);
        set((state) => ({
          document,
          revision: state.revision + 1,
          loads: state.loads + 1,
          selection: [],
        }));
        useEditor.temporal.setState({
          pastStates: past.map((step) => ({ document: step })),
          futureStates: future.map((step) => ({ document: step })),
        });
      },
      receiveDocument(document, frame) {
        if (document === get().document) return;
        const resources = new Set(document.resources.map((r) => r.id));
        const annotations = new Set((document.annotations ?? []).map((a) => a.id));
        const stays = (id: string) => {
          const annotation = annotationIdOf(id);
          return annotation === undefined ? resources.has(id) : annotations.has(annotation);
        };
        set((state) => ({
          document,
          revision: state.revision + 1,
          ...(frame ? { loads: state.loads + 1 } : {}),
          selection: state.selection.every(stays) ? state.selection : state.selection.filter(stays),
        }));
      },
      setReadOnly(reason) {
        set({ readOnly: reason });
      },
      select(ids, mode = 'replace') {
        set((state) => ({
          selection: mode === 'add' ? [...new Set([...state.selection, ...ids])] : [...ids],
          ruleHighlight: null,
        }));
      },
      clearSelection() {
        set({ selection: [], ruleHighlight: null });
      },
      focus(ids, centre, rule) {
        set((state) => ({
          selection: [...ids],
          ruleHighlight: rule ?? null,
          focusRequest:
            centre === undefined ? state.focusRequest : { id: centre, seq: (state.focusRequest?.seq ?? 0) + 1 },
        }));
      },
      notify(notice) {
        set({ notice });
      },
      requestDelete(ids) {
        const { document, dispatchAll } = get();
        const existing = ids.filter((id) => document.resources.some((r) => r.id === id));
        // Selected annotations go in the same step (they never need asking: nothing depends on them).
        const annotations = ids.flatMap((id) => annotationIdOf(id) ?? []);
        // Interface nodes are selected by endpoint (`web-1/eni-1`): deleting one removes that interface.
        const interfaces = ids.filter((id) => id.includes('/') && !existing.includes(id));
        if (existing.length === 0) {
          if (annotations.length > 0 || interfaces.length > 0)
            dispatchAll(deletions(document, [], annotations, interfaces));
          return;
        }
        const containers = document.resources.some((r) => existing.includes(r.id) && CONTAINER_TYPES.has(r.type));
        if (!containers) {
          dispatchAll(deletions(document, existing, annotations, interfaces));
          return;
        }
        set({
          pendingDelete: { ids: existing, impact: deletionImpact(document, existing), annotations, interfaces },
        });
      },
      confirmDelete() {
        const pending = get().pendingDelete;
        set({ pendingDelete: null });
        if (pending)
          get().dispatchAll(
            deletions(get().document, pending.ids, pending.annotations ?? [], pending.interfaces ?? []),
          );
      },
      cancelDelete() {
        set({ pendingDelete: null });
      },
    }),
    {
      // Only the document is history: selection, notices and analysis are never undone.
      partialize: (state) => ({ document: state.document }),
      equality: (past, current) => past.document === current.document,
      limit: 200,
    },
  ),
);

// Undo and redo restore a document without going through dispatch: keep the revision moving.
useEditor.subscribe((state, previous) => {
  if (state.document !== previous.document && state.revision === previous.revision) {
    useEditor.setState({ revision: previous.revision + 1 });
  }
});

/** Undo history controls (zundo): `undo()`, `redo()`, `pause()` during a drag, `resume()` after. */
export const history = () => useEditor.temporal.getState();
