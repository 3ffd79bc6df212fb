import { useId, useState, type ReactNode } from 'react';
import { OptionList, type Option } from '../../OptionList.tsx';
import { useFieldIssue } from '../form-context.ts';
import { useInspectorLabel } from '../../../i18n/use-messages.ts';

export type { Option };

/** Props of a select that applies on change. */
export interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  /** Applies the choice; null when applied, else why not. */
  readonly onChange: (value: string) => string | null;
  readonly path?: string | undefined;
  readonly hideLabel?: boolean | undefined;
  /** A first option with an empty value (a picker that resets after each choice, or "none"). */
  readonly placeholder?: string | undefined;
  readonly disabled?: boolean | undefined;
  readonly after?: ReactNode;
  readonly className?: string | undefined;
}

/** A labelled select; a refused choice shows the reason next to it. */
export function SelectField(props: SelectFieldProps) {
  const id = useId();
  const t = useInspectorLabel();
  const messageId = `${id}-message`;
  const [refused, setRefused] = useState<string | null>(null);
  const issue = useFieldIssue(props.path);
  const message = refused ?? issue;
  const known = props.value === '' || props.options.some((option) => option.value === props.value);
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {t(props.label)}
      </label>
      <span className="field-control">
        <select
          id={id}
          value={props.value}
          disabled={props.disabled}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          onChange={(event) => setRefused(props.onChange(event.target.value))}
        >
          {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
          {/* A value the list does not offer (a dangling reference) stays visible rather than silently changing. */}
          {!known && <option value={props.value}>{props.value} (not valid here)</option>}
          <OptionList options={props.options} />
        </select>
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
