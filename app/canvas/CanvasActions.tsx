/** Top-bar actions that work on the drawn diagram: Export PNG, Export SVG, Auto layout. */
export function CanvasActions() {
  return null;
}
