/** The inspector: shows and edits the selected resource. */
export function Inspector() {
  return (
    <section className="inspector" aria-label="Inspector">
      <h2>Inspector</h2>
      <p className="muted">Select a resource on the canvas to see and edit its settings.</p>
    </section>
  );
}
