/** The top bar (toolbar "Main"): the product name and the document's name. */
export function TopBar() {
  return (
    <header className="top-bar" role="toolbar" aria-label="Main">
      <span className="brand">
        <img src="/favicon.svg" alt="" width={20} height={20} />
        VPC Lab
      </span>
      <span className="document-name" title="Document name">
        Untitled design
      </span>
    </header>
  );
}
