import { useId } from 'react';
import { useFieldIssue } from '../form-context.ts';
import { LabelInfo } from '../../../glossary/TermInfo.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';

/** Props of a checkbox that applies on change. */
export interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly path?: string | undefined;
  /** A short note after the label, e.g. what the default is. */
  readonly note?: string | undefined;
}

/** A labelled checkbox; validation errors of its field show below it. */
export function CheckboxField(props: CheckboxFieldProps) {
  const id = useId();
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  const messageId = `${id}-message`;
  const issue = useFieldIssue(props.path);
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-invalid={issue ? true : undefined}
        aria-describedby={issue ? messageId : undefined}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{word(props.label)}</label>
      <LabelInfo label={props.label} />
      {props.note && <span className="field-note">{word(props.note)}</span>}
      {issue && (
        <p id={messageId} className="field-message">
          {issue}
        </p>
      )}
    </div>
  );
}
