import {
  annotationBox,
  ANNOTATION_TEXT_MAX,
  type Annotation,
  type AnnotationColour,
  type AnnotationKind,
  type LayoutEntry,
  type VpcLabDocument,
} from '../model/index.ts';
import type { EditResult } from './types.ts';

/**
 * Edits of annotations (notes, text, frames). Each is one command and so one Undo step. They
 * touch only `annotations`: `resources`, `intents` and `layout` stay the same objects, which is
 * how the editor knows the analysis cannot have changed (worker/analyses-alike.ts).
 */
export type AnnotationCommand =
  | { readonly type: 'add-annotation'; readonly annotation: Annotation }
  /** Moves an annotation; a frame takes the unpinned notes and text wholly inside it along. */
  | { readonly type: 'move-annotation'; readonly id: string; readonly x: number; readonly y: number }
  | {
      readonly type: 'resize-annotation';
      readonly id: string;
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
    }
  | { readonly type: 'edit-annotation-text'; readonly id: string; readonly text: string }
  | { readonly type: 'recolour-annotation'; readonly id: string; readonly colour: AnnotationColour }
  | { readonly type: 'pin-annotation'; readonly id: string; readonly to: string }
  | { readonly type: 'unpin-annotation'; readonly id: string }
  | { readonly type: 'delete-annotations'; readonly ids: readonly string[] };

const ANNOTATION_COMMANDS: ReadonlySet<string> = new Set([
  'add-annotation',
  'move-annotation',
  'resize-annotation',
  'edit-annotation-text',
  'recolour-annotation',
  'pin-annotation',
  'unpin-annotation',
  'delete-annotations',
]);

/** Whether a command is one of the annotation edits. */
export const isAnnotationCommand = (command: { readonly type: string }): command is AnnotationCommand =>
  ANNOTATION_COMMANDS.has(command.type);

/** The smallest box a person can resize an annotation to. */
export const ANNOTATION_MIN_SIZE = { width: 40, height: 24 } as const;

/** Carries out one annotation edit as a pure function. */
export function applyAnnotationEdit(document: VpcLabDocument, command: AnnotationCommand): EditResult {
  const annotations = document.annotations ?? [];
  if (command.type === 'add-annotation') {
    if (annotations.some((a) => a.id === command.annotation.id)) {
      return { ok: false, message: `An annotation with the id "${command.annotation.id}" already exists.` };
    }
    return withAnnotations(
      document,
      [...annotations, command.annotation],
      [annotationSelectionId(command.annotation.id)],
    );
  }
  if (command.type === 'delete-annotations') {
    const gone = new Set(command.ids);
    const kept = annotations.filter((a) => !gone.has(a.id));
    if (kept.length === annotations.length) return { ok: true, document };
    return withAnnotations(document, kept, []);
  }
  const current = annotations.find((a) => a.id === command.id);
  if (!current) return { ok: false, message: `There is no annotation "${command.id}".` };
  const replace = (next: Annotation, also: ReadonlyMap<string, Annotation> = new Map()) =>
    withAnnotations(
      document,
      annotations.map((a) => (a.id === current.id ? next : (also.get(a.id) ?? a))),
    );
  switch (command.type) {
    case 'move-annotation': {
      const dx = command.x - current.x;
      const dy = command.y - current.y;
      if (dx === 0 && dy === 0) return { ok: true, document };
      const along = new Map<string, Annotation>();
      if (current.kind === 'frame') {
        for (const inside of framed(current, annotations)) along.set(inside.id, shift(inside, dx, dy));
      }
      return replace({ ...current, x: command.x, y: command.y }, along);
    }
    case 'resize-annotation': {
      if (!(command.width >= ANNOTATION_MIN_SIZE.width && command.height >= ANNOTATION_MIN_SIZE.height)) {
        return {
          ok: false,
          message: `An annotation is at least ${ANNOTATION_MIN_SIZE.width} × ${ANNOTATION_MIN_SIZE.height}; this size is too small.`,
        };
      }
      const { x, y, width, height } = command;
      return replace({ ...current, x, y, width, height });
    }
    case 'edit-annotation-text': {
      if (command.text.length > ANNOTATION_TEXT_MAX) {
        return {
          ok: false,
          message: `The text is ${command.text.length} characters long; an annotation holds at most ${ANNOTATION_TEXT_MAX}. Shorten it.`,
        };
      }
      if (command.text === current.text) return { ok: true, document };
      return replace({ ...current, text: command.text });
    }
    case 'recolour-annotation':
      if (command.colour === current.colour) return { ok: true, document };
      return replace({ ...current, colour: command.colour });
    case 'pin-annotation': {
      const target = document.resources.find((r) => r.id === command.to);
      if (!target) return { ok: false, message: `There is no resource "${command.to}" to pin the annotation to.` };
      return replace({ ...current, pinnedTo: command.to });
    }
    case 'unpin-annotation': {
      if (current.pinnedTo === undefined) return { ok: true, document };
      const { pinnedTo: _gone, ...unpinned } = current;
      return replace(unpinned);
    }
  }
}

function withAnnotations(
  document: VpcLabDocument,
  annotations: readonly Annotation[],
  selected?: readonly string[],
): EditResult {
  const { annotations: _old, ...rest } = document;
  const next: VpcLabDocument = annotations.length > 0 ? { ...rest, annotations: [...annotations] } : rest;
  return selected ? { ok: true, document: next, selected } : { ok: true, document: next };
}

const shift = (annotation: Annotation, dx: number, dy: number): Annotation => ({
  ...annotation,
  x: annotation.x + dx,
  y: annotation.y + dy,
});

/** The unpinned notes and text wholly inside a frame: what moving the frame takes along. */
export function framed(frame: Annotation, annotations: readonly Annotation[]): Annotation[] {
  const box = annotationBox(frame);
  return annotations.filter((a) => {
    if (a.kind === 'frame' || a.pinnedTo !== undefined || a.id === frame.id) return false;
    const b = annotationBox(a);
    return b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height;
  });
}

/**
 * After a layout move: every annotation pinned to a moved resource moves by the same amount,
 * in the same step. A resource without an earlier position has no amount to follow.
 */
export function followPins(
  before: VpcLabDocument,
  moved: Readonly<Record<string, LayoutEntry>>,
  after: VpcLabDocument,
): VpcLabDocument {
  const annotations = after.annotations;
  if (!annotations?.some((a) => a.pinnedTo !== undefined && Object.hasOwn(moved, a.pinnedTo))) return after;
  const next = annotations.map((a) => {
    if (a.pinnedTo === undefined || !Object.hasOwn(moved, a.pinnedTo)) return a;
    const from = before.layout?.[a.pinnedTo];
    const to = moved[a.pinnedTo]!;
    if (!from || (from.x === to.x && from.y === to.y)) return a;
    return shift(a, to.x - from.x, to.y - from.y);
  });
  return { ...after, annotations: next };
}

/**
 * Keeps pins in step with resource ids: `map` gives a pinned resource's new id, or null when it
 * was deleted (the annotation stays where it is, unpinned).
 */
export function repin(document: VpcLabDocument, map: (id: string) => string | null): VpcLabDocument {
  const annotations = document.annotations;
  if (!annotations?.some((a) => a.pinnedTo !== undefined && map(a.pinnedTo) !== a.pinnedTo)) return document;
  const next = annotations.map((a): Annotation => {
    if (a.pinnedTo === undefined) return a;
    const to = map(a.pinnedTo);
    if (to === a.pinnedTo) return a;
    const { pinnedTo: _old, ...rest } = a;
    return to === null ? rest : { ...rest, pinnedTo: to };
  });
  return { ...document, annotations: next };
}

/** The next free annotation id of a kind: `note-1`, `note-2`, `frame-1`. */
export function freshAnnotationId(document: VpcLabDocument, kind: AnnotationKind): string {
  const taken = new Set((document.annotations ?? []).map((a) => a.id));
  for (let n = 1; ; n++) {
    const id = `${kind}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * How the editor's selection names an annotation: `annotation:<id>`. A colon is in no resource
 * id, so annotations and resources share the selection without ever being mistaken for each other.
 */
export const annotationSelectionId = (id: string): string => `annotation:${id}`;

/** The annotation id a selection entry names, or undefined for a resource. */
export const annotationIdOf = (selectionId: string): string | undefined =>
  selectionId.startsWith('annotation:') ? selectionId.slice('annotation:'.length) : undefined;
