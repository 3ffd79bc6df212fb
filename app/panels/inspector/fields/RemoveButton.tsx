import { afterInput } from '../../../store/after-input.ts';

/**
 * The × button that removes one row (a rule, a route, a tag, a listener); its name says which.
 * The removal runs after the click's task (see `afterInput`).
 */
export function RemoveButton({ label, onClick }: { readonly label: string; onClick(): void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={() => afterInput(onClick)}>
      ×
    </button>
  );
}
