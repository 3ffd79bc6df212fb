import { memo, useCallback, useId, useMemo, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { OptionList, sameOptions, type Option } from '../../OptionList.tsx';
import { useFieldIssue } from '../form-context.ts';
import { FieldLabel } from './FieldLabel.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';

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
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  const messageId = `${id}-message`;
  // Choices such as "Allow" are worded like labels; references (ids) pass through unchanged.
  const options = useMemo(
    () => props.options.map((option) => ({ ...option, label: inspectorLabel(t, option.label) })),
    [props.options, t],
  );
  const [refused, setRefused] = useState<string | null>(null);
  const issue = useFieldIssue(props.path);
  const message = refused ?? issue;
  // The select gets one handler for good, reading the latest `onChange`, so that it can skip
  // re-rendering while its value and choices stay the same (see `SelectControl`).
  const latest = useRef(props.onChange);
  useLayoutEffect(() => {
    latest.current = props.onChange;
  });
  const onChange = useCallback((value: string) => setRefused(latest.current(value)), []);
  return (
    <div className={`field ${props.className ?? ''}`}>
      <FieldLabel htmlFor={id} label={props.label} text={word(props.label)} hidden={props.hideLabel} />
      <span className="field-control">
        <SelectControl
          id={id}
          value={props.value}
          options={options}
          placeholder={props.placeholder === undefined ? undefined : word(props.placeholder)}
          disabled={props.disabled}
          describedBy={message ? messageId : undefined}
          onChange={onChange}
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

interface SelectControlProps {
  readonly id: string;
  readonly value: string;
  readonly options: readonly Option[];
  readonly placeholder: string | undefined;
  readonly disabled: boolean | undefined;
  /** The message's id while there is one (the choice is then invalid). */
  readonly describedBy: string | undefined;
  readonly onChange: (value: string) => void;
}

/**
 * The `<select>` itself, skipped by React while nothing it shows changes. Every edit re-renders
 * the rows of a rules table, and a select that re-renders has its options' selected state set
 * again, which makes the browser restyle all of them: 150 route targets a row on a large design.
 */
const SelectControl = memo(
  function SelectControl({ id, value, options, placeholder, disabled, describedBy, onChange }: SelectControlProps) {
    const known = value === '' || options.some((option) => option.value === value);
    return (
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={describedBy ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {/* A value the list does not offer (a dangling reference) stays visible rather than silently changing. */}
        {!known && <option value={value}>{value} (not valid here)</option>}
        <OptionList options={options} />
      </select>
    );
  },
  (before, after) =>
    before.id === after.id &&
    before.value === after.value &&
    before.placeholder === after.placeholder &&
    before.disabled === after.disabled &&
    before.describedBy === after.describedBy &&
    before.onChange === after.onChange &&
    sameOptions(before.options, after.options),
);
