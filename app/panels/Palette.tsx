import { PALETTE_ITEMS } from './palette-items.ts';

/** The palette of resource types a design is built from. */
export function Palette() {
  return (
    <section className="palette" aria-label="Palette">
      <h2>Palette</h2>
      <ul className="palette-list">
        {PALETTE_ITEMS.map((item) => (
          <li key={item.type} className="palette-item" title={item.description}>
            <span className={`palette-swatch swatch-${item.group}`} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
