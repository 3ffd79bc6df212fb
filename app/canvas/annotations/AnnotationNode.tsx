import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { ANNOTATION_MIN_SIZE, annotationIdOf } from '../../../src/edit/index.ts';
import type { Annotation } from '../../../src/model/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { useReadOnly } from '../../collab/ui/use-read-only.ts';
import { useTheme } from '../../theme/theme-store.ts';
import type { DiagramNode } from '../diagram-types.ts';
import { snapToGrid } from '../move-layout.ts';
import { shadesOf } from './annotation-colours.ts';
import { AnnotationText } from './AnnotationText.tsx';
import { startEditing, stopEditing, useAnnotationEditing } from './editing-store.ts';
import './annotations.css';

/**
 * A note, text or frame on the canvas. Double-click, Enter or F2 opens a textbox in place:
 * Enter commits, Shift+Enter starts a new line, Escape cancels, leaving the box commits. Each
 * commit, resize and move is one edit (one Undo step). Resizable when selected.
 */
export const AnnotationNode = memo(function AnnotationNode({ id, data, selected }: NodeProps<DiagramNode>) {
  const annotation = data.annotation;
  const annotationId = annotationIdOf(id) ?? id;
  const editing = useAnnotationEditing((s) => s.id === annotationId);
  const readOnly = useReadOnly();
  const theme = useTheme();
  const t = useT();
  const root = useRef<HTMLDivElement>(null);

  // Enter and F2 on the focused node (React Flow's wrapper holds the focus, not this element).
  useEffect(() => {
    const wrapper = root.current?.closest<HTMLElement>('.react-flow__node');
    if (!wrapper) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.target !== wrapper || (event.key !== 'Enter' && event.key !== 'F2')) return;
      if (useEditor.getState().readOnly !== null) return;
      event.preventDefault();
      event.stopPropagation();
      useEditor.getState().select([id]);
      startEditing(annotationId);
    };
    wrapper.addEventListener('keydown', onKey);
    return () => wrapper.removeEventListener('keydown', onKey);
  }, [id, annotationId]);

  if (!annotation) return null;
  const shades = shadesOf(annotation, theme);
  const style = {
    '--note-fill': shades.fill,
    '--note-border': shades.border,
    '--note-ink': shades.ink,
  } as CSSProperties;
  const body = editing ? (
    <Editor annotation={annotation} nodeId={id} />
  ) : annotation.text === '' ? (
    <p className="annotation-placeholder">{t(`notes:editor.placeholder.${annotation.kind}`)}</p>
  ) : (
    <AnnotationText text={annotation.text} />
  );
  return (
    <div
      ref={root}
      className={`annotation annotation-${annotation.kind}${selected ? ' is-selected' : ''}`}
      style={style}
      onDoubleClick={(event) => {
        event.stopPropagation();
        if (!readOnly) startEditing(annotationId);
      }}
    >
      <NodeResizer
        isVisible={selected && !editing && !readOnly}
        minWidth={ANNOTATION_MIN_SIZE.width}
        minHeight={ANNOTATION_MIN_SIZE.height}
        onResizeEnd={(_, p) =>
          useEditor.getState().dispatch({
            type: 'resize-annotation',
            id: annotation.id,
            x: snapToGrid(p.x),
            y: snapToGrid(p.y),
            width: Math.max(ANNOTATION_MIN_SIZE.width, snapToGrid(p.width)),
            height: Math.max(ANNOTATION_MIN_SIZE.height, snapToGrid(p.height)),
          })
        }
      />
      {annotation.kind === 'frame' ? (
        <div className="annotation-frame-title">{body}</div>
      ) : (
        <div className="annotation-body">{body}</div>
      )}
      {annotation.pinnedTo !== undefined && (
        <span className="annotation-pin" title={t('notes:inspector.pinnedHint', { id: annotation.pinnedTo })}>
          <PinIcon />
        </span>
      )}
    </div>
  );
});

/** The textbox in place: Enter commits, Shift+Enter is a new line, Escape cancels, blur commits. */
function Editor({ annotation, nodeId }: { readonly annotation: Annotation; readonly nodeId: string }) {
  const t = useT();
  const box = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const text = box.current?.value ?? annotation.text;
    stopEditing();
    if (commit && text !== annotation.text) {
      useEditor.getState().dispatch({ type: 'edit-annotation-text', id: annotation.id, text });
    }
    // Keyboard users continue from the note itself.
    const wrapper = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
    wrapper?.focus({ preventScroll: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      finish(true);
    }
  };
  return (
    <textarea
      ref={box}
      className="annotation-editor nodrag nowheel nopan"
      aria-label={t(`notes:editor.${annotation.kind}`)}
      aria-description={t('notes:editor.hint')}
      placeholder={t(`notes:editor.placeholder.${annotation.kind}`)}
      defaultValue={annotation.text}
      rows={annotation.kind === 'frame' ? 1 : 4}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}

/** A push pin: the note moves with a resource. */
function PinIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path
        d="M10.5 1.5l4 4-2 1-2.5 2.5.5 3-1.5 1.5-3-3-3.5 3.5H1.5v-.5L5 9.5l-3-3L3.5 5l3 .5L9 3z"
        fill="currentColor"
      />
    </svg>
  );
}
