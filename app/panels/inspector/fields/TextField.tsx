import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Check } from '../checks.ts';
import { useFieldIssue } from '../form-context.ts';
import { FieldLabel } from './FieldLabel.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';

/** Props of a text field that checks as you type and applies on Enter or blur. */
export interface TextFieldProps {
  readonly label: string;
  /** The value in the document (what shows when nothing is being typed). */
  readonly value: string;
  /** Applies the trimmed text; returns null when applied, else why not. */
  readonly onCommit: (text: string) => string | null;
  readonly check?: Check | undefined;
  /** Path of this field in the resource (`.cidr`), to show validation errors of the applied document. */
  readonly path?: string | undefined;
  /** Id of a <datalist> of suggestions. */
  readonly list?: string | undefined;
  readonly placeholder?: string | undefined;
  /** A visually hidden label, for cells of a rules table. */
  readonly hideLabel?: boolean | undefined;
  /** Clears the text after a successful commit (an "add" field). */
  readonly clearOnCommit?: boolean | undefined;
  readonly disabled?: boolean | undefined;
  readonly readOnly?: boolean | undefined;
  readonly inputMode?: 'numeric' | 'text' | undefined;
  /** Shown after the input (a service name next to a port). */
  readonly after?: ReactNode;
  readonly className?: string | undefined;
  /** Focus on mount (a row that was just added). */
  readonly autoFocus?: boolean | undefined;
}

/**
 * A labelled text input. The text is checked on every keystroke; an invalid text shows its reason
 * (`aria-invalid` + `aria-describedby`) and is never applied. A valid one is applied on Enter or
 * blur; Escape goes back to the document's value.
 */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  const messageId = `${id}-message`;
  // Only the text being typed lives here; the document stays the source of truth.
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const issue = useFieldIssue(props.path);
  const typedError = draft === null ? null : (props.check?.(draft.trim()) ?? null);
  const message = typedError ?? refused ?? (draft === null ? issue : null);

  const reset = () => {
    setDraft(null);
    setRefused(null);
  };
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    if (text === props.value && !props.clearOnCommit) return reset();
    if (props.clearOnCommit && text === '') return reset();
    if (props.check?.(text)) return;
    const error = props.onCommit(text);
    if (error !== null) setRefused(error);
    else reset();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== null) {
      // Escape first abandons the typing; it reaches the page (clear selection) only when nothing is typed.
      event.stopPropagation();
      reset();
    }
  };

  return (
    <div className={`field ${props.className ?? ''}`}>
      <FieldLabel htmlFor={id} label={props.label} text={word(props.label)} hidden={props.hideLabel} />
      <span className="field-control">
        <input
          id={id}
          type="text"
          value={draft ?? props.value}
          list={props.list}
          placeholder={props.placeholder === undefined ? undefined : word(props.placeholder)}
          disabled={props.disabled}
          readOnly={props.readOnly}
          inputMode={props.inputMode}
          autoFocus={props.autoFocus}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setRefused(null);
          }}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        {props.after}
      </span>
      {message && (
        <p id={messageId} className="field-message">
          {message}
        </p>
      )}
    </div>
  );
}
