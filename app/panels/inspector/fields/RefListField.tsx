import type { ReactNode } from 'react';
import { SelectField, type Option } from './SelectField.tsx';
import { useT } from '../../../i18n/use-t.ts';

/** Props of a list of references with a picker to add one and a button to remove each. */
export interface RefListFieldProps {
  /** The picker's label, e.g. "Security groups" or "Subnets". */
  readonly label: string;
  readonly values: readonly string[];
  /** What may be added (already listed ones are left out here). */
  readonly options: readonly Option[];
  /** Applies the new list; null when applied, else why not. */
  readonly onChange: (values: string[]) => string | null;
  readonly path?: string | undefined;
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  /** Why the list cannot grow, shown when a choice would exceed `max`. */
  readonly maxMessage?: string | undefined;
  /** The remove button's accessible name for one item. */
  readonly removeLabel?: ((value: string) => string) | undefined;
  /** How one listed item shows (e.g. an "Open" button); the id by default. */
  readonly renderItem?: ((value: string) => ReactNode) | undefined;
  /** Shown when the list is empty. */
  readonly empty?: ReactNode;
}

/** A picker that adds a reference and the list of current ones, each removable. */
export function RefListField(props: RefListFieldProps) {
  const t = useT();
  const available = props.options.filter((option) => !props.values.includes(option.value));
  const add = (value: string): string | null => {
    if (value === '') return null;
    if (props.max !== undefined && props.values.length >= props.max) {
      return props.maxMessage ?? t('inspector:refList.atMost', { max: props.max });
    }
    return props.onChange([...props.values, value]);
  };
  const remove = (value: string) => {
    if (props.min !== undefined && props.values.length <= props.min) return;
    props.onChange(props.values.filter((v) => v !== value));
  };
  const atMin = props.min !== undefined && props.values.length <= props.min;
  return (
    <div className="ref-list">
      <SelectField
        label={props.label}
        value=""
        placeholder={available.length > 0 ? 'Add…' : 'Nothing more to add'}
        options={available}
        onChange={add}
        path={props.path}
      />
      {props.values.length === 0 ? (
        props.empty && <p className="field-note">{props.empty}</p>
      ) : (
        <ul className="chips">
          {props.values.map((value) => (
            <li key={value} className="chip">
              {props.renderItem ? props.renderItem(value) : <span>{value}</span>}
              <button
                type="button"
                className="chip-remove"
                aria-label={
                  props.removeLabel ? props.removeLabel(value) : t('inspector:rows.removeItem', { item: value })
                }
                title={atMin ? t('inspector:refList.atLeastOne') : t('inspector:labels.Remove')}
                disabled={atMin}
                onClick={() => remove(value)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
