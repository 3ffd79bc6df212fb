import { type Check } from '../checks.ts';
import { TextField } from './TextField.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';

/** Props of an editable list of CIDR blocks. */
export interface CidrListFieldProps {
  readonly legend: string;
  readonly items: readonly string[];
  /** The label of item i (0-based), e.g. "Secondary CIDR 1". */
  readonly itemLabel: (index: number) => string;
  readonly addLabel: string;
  readonly check: Check;
  /** Applies the new list; null when applied, else why not. */
  readonly onChange: (items: string[]) => string | null;
  /** Path of item i, for validation errors. */
  readonly itemPath: (index: number) => string;
  readonly max?: number | undefined;
  readonly min?: number | undefined;
}

/** A fieldset of CIDR blocks: each editable and removable, plus a field that adds one. */
export function CidrListField(props: CidrListFieldProps) {
  const t = useT();
  const replace = (index: number, text: string) =>
    props.onChange(props.items.map((item, i) => (i === index ? text : item)));
  const full = props.max !== undefined && props.items.length >= props.max;
  const atMin = props.min !== undefined && props.items.length <= props.min;
  return (
    <fieldset className="group">
      <legend>{inspectorLabel(t, props.legend)}</legend>
      {props.items.map((item, i) => (
        <div key={`${i}-${item}`} className="row-with-button">
          <TextField
            label={props.itemLabel(i)}
            value={item}
            check={props.check}
            path={props.itemPath(i)}
            onCommit={(text) => replace(i, text)}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={t('inspector:rows.removeItem', { item })}
            disabled={atMin}
            onClick={() => props.onChange(props.items.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      {full ? (
        <p className="field-note">{t('inspector:refList.limitReached', { max: props.max })}</p>
      ) : (
        <TextField
          label={props.addLabel}
          value=""
          placeholder={t('inspector:placeholders.cidrExample')}
          check={(text) => (text === '' ? null : props.check(text))}
          clearOnCommit
          onCommit={(text) => props.onChange([...props.items, text])}
        />
      )}
    </fieldset>
  );
}
