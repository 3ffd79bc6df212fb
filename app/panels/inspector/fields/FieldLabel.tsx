import { termOfLabel } from '../../../../src/glossary/index.ts';
import { LabelInfo } from '../../../glossary/TermInfo.tsx';

/**
 * A field's label over its input, with a "Learn more" beside it when the glossary explains the
 * field (`label` is the English label, `text` the words shown). Hidden labels (table cells)
 * get none: their column heading is what the person reads.
 */
export function FieldLabel(props: { htmlFor: string; label: string; text: string; hidden?: boolean | undefined }) {
  if (props.hidden || termOfLabel(props.label) === undefined) {
    return (
      <label htmlFor={props.htmlFor} className={props.hidden ? 'visually-hidden' : undefined}>
        {props.text}
      </label>
    );
  }
  return (
    <span className="field-label-row">
      <label htmlFor={props.htmlFor}>{props.text}</label>
      <LabelInfo label={props.label} />
    </span>
  );
}
