import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { shortDefinition, termOfCode, termOfLabel, termText, type TermId } from '../../src/glossary/index.ts';
import { useLanguage } from '../i18n/language-store.ts';
import { useT } from '../i18n/use-t.ts';
import { openGlossary } from './glossary-store.ts';

/** How long the tooltip waits after the pointer leaves, so it can be reached to be read. */
const LEAVE_DELAY_MS = 150;
const GAP = 6;

/**
 * A small "i" button next to a word the glossary explains ("Learn more: Security group"): a
 * click opens the Glossary at the term; hover or keyboard focus shows the term's first sentence
 * in a tooltip (role `tooltip`, the button's description) placed beside the button, never over
 * it; Escape dismisses the tooltip.
 */
export function TermInfo({
  term,
  className,
  placement = 'below',
}: {
  term: TermId;
  className?: string;
  /** Where the tooltip goes: away from the control the button explains (a field's input is below its label). */
  placement?: Placement;
}) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const tipId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const leaving = useRef<number | undefined>(undefined);
  const { name, definition } = termText(term, language);
  const shown = (hovered || focused) && !dismissed;

  const enter = () => {
    window.clearTimeout(leaving.current);
    setHovered(true);
  };
  const leave = () => {
    window.clearTimeout(leaving.current);
    leaving.current = window.setTimeout(() => setHovered(false), LEAVE_DELAY_MS);
  };
  useEffect(() => () => window.clearTimeout(leaving.current), []);

  // Escape dismisses the tooltip first, before anything else on the page hears it.
  useEffect(() => {
    if (!shown) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      event.preventDefault();
      setDismissed(true);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [shown]);

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`term-info${className ? ` ${className}` : ''}`}
        aria-label={t('glossary:learnMore', { term: name })}
        aria-describedby={shown ? tipId : undefined}
        onClick={(event) => {
          setDismissed(true);
          openGlossary(term, event.currentTarget);
        }}
        onFocus={() => {
          setDismissed(false);
          setFocused(true);
        }}
        onBlur={() => setFocused(false)}
        onMouseEnter={() => {
          setDismissed(false);
          enter();
        }}
        onMouseLeave={leave}
      >
        {/* The "i" is drawn by CSS, so the text around it (an explanation, a finding) copies and reads clean. */}
      </button>
      {shown && (
        <Tooltip id={tipId} anchor={button} placement={placement} onEnter={enter} onLeave={leave}>
          {shortDefinition(definition)}
        </Tooltip>
      )}
    </>
  );
}

type Placement = 'below' | 'above' | 'right';

/** Where a box of `size` goes beside `from`, preferring `placement` and flipping when the window has no room. */
function place(from: DOMRect, size: DOMRect, placement: Placement): { top: number; left: number } {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const clampLeft = (left: number) => Math.min(Math.max(GAP, left), width - size.width - GAP);
  const clampTop = (top: number) => Math.min(Math.max(GAP, top), height - size.height - GAP);
  if (placement === 'right' && from.right + GAP + size.width <= width - GAP) {
    return { top: clampTop(from.top + from.height / 2 - size.height / 2), left: from.right + GAP };
  }
  const centred = clampLeft(from.left + from.width / 2 - size.width / 2);
  const above = from.top - GAP - size.height;
  const below = from.bottom + GAP;
  const fitsBelow = below + size.height <= height - GAP;
  const fitsAbove = above >= GAP;
  if (placement === 'above') return { top: fitsAbove || !fitsBelow ? Math.max(GAP, above) : below, left: centred };
  return { top: fitsBelow || !fitsAbove ? below : above, left: centred };
}

/**
 * The tooltip, in a portal at the page's top level: the panels contain and clip their content,
 * a tooltip must not be cut off by them. It sits below its button, or above when there is no
 * room below, kept inside the window.
 */
function Tooltip({
  id,
  anchor,
  placement,
  onEnter,
  onLeave,
  children,
}: {
  id: string;
  anchor: RefObject<HTMLButtonElement | null>;
  placement: Placement;
  onEnter: () => void;
  onLeave: () => void;
  children: string;
}) {
  const tip = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState<CSSProperties>({ visibility: 'hidden' });
  useLayoutEffect(() => {
    const from = anchor.current?.getBoundingClientRect();
    const size = tip.current?.getBoundingClientRect();
    if (!from || !size) return;
    setStyle(place(from, size, placement));
  }, [anchor, placement, children]);
  return createPortal(
    <div
      ref={tip}
      id={id}
      role="tooltip"
      className="term-tooltip"
      style={style}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
    >
      {children}
    </div>,
    document.body,
  );
}

/** "Learn more" for an explanation or finding code; nothing when the code has no term. */
export function CodeInfo({ code }: { code: string }) {
  const term = termOfCode(code);
  return term ? <TermInfo term={term} /> : null;
}

/** "Learn more" for an inspector field, by its English label; nothing for labels of no concept. */
export function LabelInfo({ label }: { label: string }) {
  const term = termOfLabel(label);
  return term ? <TermInfo term={term} className="term-info-label" placement="above" /> : null;
}
