import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ANNOTATION_MIN_SIZE } from '../../../src/edit/index.ts';
import {
  ANNOTATION_COLOURS,
  ANNOTATION_TEXT_MAX,
  annotationBox,
  type DocumentIndex,
} from '../../../src/model/index.ts';
import { ANNOTATION_SHADES, colourOf } from '../../canvas/annotations/annotation-colours.ts';
import { isDrawnType } from '../../canvas/annotations/drawn-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import { useTheme } from '../../theme/theme-store.ts';
import './annotation-panel.css';

/**
 * The selected note, text or frame: its text (Markdown-lite), colour, the resource it is pinned
 * to, and a delete button. Each change is one edit (one Undo step).
 */
export function AnnotationPanel({ id, index }: { readonly id: string; readonly index: DocumentIndex }) {
  const t = useT();
  const theme = useTheme();
  const annotation = index.document.annotations?.find((a) => a.id === id);
  const textId = useId();
  const pinId = useId();
  const dispatch = useEditor((s) => s.dispatch);
  const pinOptions = useMemo(
    () => index.document.resources.filter((r) => isDrawnType(r.type)).map((r) => r.id),
    [index.document.resources],
  );
  if (!annotation) return <p className="muted">{t('inspector:noLongerInDesign', { id })}</p>;
  const current = colourOf(annotation);
  const kind = t(`notes:kind.${annotation.kind}`);
  return (
    <form
      className="resource-form annotation-form"
      aria-label={t('notes:inspector.formName', { kind, id: annotation.id })}
      onSubmit={(e) => e.preventDefault()}
    >
      <p className="resource-kind">{kind}</p>
      <TextArea
        key={`${annotation.id}:${annotation.text}`}
        id={textId}
        label={t(annotation.kind === 'frame' ? 'notes:inspector.title' : 'notes:inspector.text')}
        value={annotation.text}
        onCommit={(text) => dispatch({ type: 'edit-annotation-text', id: annotation.id, text })}
      />
      <fieldset className="field annotation-colours">
        <legend>{t('notes:inspector.colour')}</legend>
        <div className="swatches">
          {ANNOTATION_COLOURS.map((colour) => {
            const shades = ANNOTATION_SHADES[theme][colour];
            return (
              <label key={colour} className="swatch" title={t(`notes:inspector.colours.${colour}`)}>
                <input
                  type="radio"
                  name={`colour-${annotation.id}`}
                  value={colour}
                  checked={current === colour}
                  aria-label={t(`notes:inspector.colours.${colour}`)}
                  onChange={() => dispatch({ type: 'recolour-annotation', id: annotation.id, colour })}
                />
                <span className="swatch-chip" style={{ background: shades.fill, borderColor: shades.border }} />
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={pinId}>{t('notes:inspector.pinTo')}</label>
        <span className="field-control">
          <select
            id={pinId}
            value={annotation.pinnedTo ?? ''}
            onChange={(event) => {
              const to = event.target.value;
              dispatch(
                to === ''
                  ? { type: 'unpin-annotation', id: annotation.id }
                  : { type: 'pin-annotation', id: annotation.id, to },
              );
            }}
          >
            <option value="">{t('notes:inspector.notPinned')}</option>
            {pinOptions.map((resourceId) => (
              <option key={resourceId} value={resourceId}>
                {resourceId}
              </option>
            ))}
          </select>
        </span>
      </div>
      <SizeFields
        key={`${annotation.id}:${annotation.width ?? ''}:${annotation.height ?? ''}`}
        box={annotationBox(annotation)}
        labels={{ width: t('notes:inspector.width'), height: t('notes:inspector.height') }}
        onCommit={(width, height) =>
          dispatch({ type: 'resize-annotation', id: annotation.id, x: annotation.x, y: annotation.y, width, height })
        }
      />
      {annotation.pinnedTo !== undefined && (
        <p className="field-note">{t('notes:inspector.pinnedHint', { id: annotation.pinnedTo })}</p>
      )}
      {annotation.kind === 'frame' && <p className="field-note">{t('notes:inspector.frameHint')}</p>}
      <button
        type="button"
        className="annotation-delete"
        onClick={() => dispatch({ type: 'delete-annotations', ids: [annotation.id] })}
      >
        {t('notes:inspector.delete')}
      </button>
    </form>
  );
}

/** A multi-line field: Enter or leaving it applies, Shift+Enter is a new line, Escape restores. */
function TextArea(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onCommit: (text: string) => void;
}) {
  const t = useT();
  const [text, setText] = useState(props.value);
  const restored = useRef(false);
  const over = text.length - ANNOTATION_TEXT_MAX;
  const messageId = `${props.id}-message`;
  const commit = () => {
    if (restored.current) {
      restored.current = false;
      return;
    }
    if (over <= 0 && text !== props.value) props.onCommit(text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setText(props.value);
    }
  };
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        className="annotation-text-field"
        rows={4}
        value={text}
        aria-invalid={over > 0}
        aria-describedby={`${messageId} ${props.id}-hint`}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      <p id={`${props.id}-hint`} className="field-note">
        {t('notes:inspector.markdownHint')}
      </p>
      {over > 0 && (
        <p id={messageId} className="field-message" role="alert">
          {t('notes:inspector.tooLong', { count: over, max: ANNOTATION_TEXT_MAX })}
        </p>
      )}
    </div>
  );
}

/** Width and height in canvas units: resizing without a mouse (one Undo step per change). */
function SizeFields(props: {
  readonly box: { readonly width: number; readonly height: number };
  readonly labels: { readonly width: string; readonly height: string };
  readonly onCommit: (width: number, height: number) => void;
}) {
  const widthId = useId();
  const heightId = useId();
  const [width, setWidth] = useState(String(Math.round(props.box.width)));
  const [height, setHeight] = useState(String(Math.round(props.box.height)));
  const commit = () => {
    const w = Number(width);
    const h = Number(height);
    const valid =
      Number.isFinite(w) && Number.isFinite(h) && w >= ANNOTATION_MIN_SIZE.width && h >= ANNOTATION_MIN_SIZE.height;
    if (!valid) {
      setWidth(String(Math.round(props.box.width)));
      setHeight(String(Math.round(props.box.height)));
      return;
    }
    if (w !== Math.round(props.box.width) || h !== Math.round(props.box.height)) props.onCommit(w, h);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
  };
  return (
    <div className="field annotation-size">
      <label htmlFor={widthId}>{props.labels.width}</label>
      <input
        id={widthId}
        type="number"
        min={ANNOTATION_MIN_SIZE.width}
        step={10}
        value={width}
        onChange={(event) => setWidth(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <label htmlFor={heightId}>{props.labels.height}</label>
      <input
        id={heightId}
        type="number"
        min={ANNOTATION_MIN_SIZE.height}
        step={10}
        value={height}
        onChange={(event) => setHeight(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
