/** The × button that removes one row (a rule, a route, a tag, a listener); its name says which. */
export function RemoveButton({ label, onClick }: { readonly label: string; onClick(): void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onClick}>
      ×
    </button>
  );
}
