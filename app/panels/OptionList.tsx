import { memo } from 'react';

/** One choice of a select. */
export interface Option {
  readonly value: string;
  readonly label: string;
}

/** Whether two lists offer the same choices, in the same order, under the same labels. */
export function sameOptions(a: readonly Option[], b: readonly Option[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.value !== b[i]!.value || a[i]!.label !== b[i]!.label) return false;
  return true;
}

/**
 * The `<option>`s of a select, skipped by React while the choices stay the same. The lists are
 * rebuilt from the document on every edit, and on a large design they are long (a thousand
 * endpoints, a hundred route targets per row): comparing them is far cheaper than reconciling
 * every option element again.
 */
export const OptionList = memo(
  function OptionList({ options }: { readonly options: readonly Option[] }) {
    return options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  },
  (before, after) => sameOptions(before.options, after.options),
);
