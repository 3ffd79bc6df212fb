import type { EdgeKind } from '../diagram-types.ts';
import { TONE_COLOR } from '../tones.ts';

/**
 * The exported picture's look, as explicit attribute values: an exported file carries no
 * stylesheet, so every stroke, dash and fill is written out (the canvas's CSS is the model).
 * The light theme only: exports go on slides and paper.
 */
export const FONT_FAMILY =
  "system-ui, 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK JP', sans-serif";

export const COLOUR = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#59636e',
  tileBorder: '#d0d7de',
  tileFill: '#ffffff',
  externalFill: '#f6f8fa',
  public: '#1a7f37',
  private: '#0969da',
  network: TONE_COLOR.network!,
  allowed: '#1a7f37',
  blocked: '#cf222e',
  partial: '#9a6700',
} as const;

/** How each kind of edge is drawn (canvas.css, "Edges"). */
export interface StrokeStyle {
  readonly stroke: string;
  readonly width: number;
  readonly dash?: string;
}

export const EDGE_STYLE: Readonly<Record<EdgeKind, StrokeStyle>> = {
  peering: { stroke: TONE_COLOR.network!, width: 3 },
  attachment: { stroke: TONE_COLOR.gateway!, width: 2 },
  vpn: { stroke: TONE_COLOR.gateway!, width: 1.5, dash: '8 5' },
  route: { stroke: '#6e7781', width: 1.5, dash: '2 4' },
  service: { stroke: '#8c959f', width: 1.5 },
  interface: { stroke: TONE_COLOR.compute!, width: 1.5, dash: '5 4' },
};

/** How intent (and trace) paths are drawn, by verdict (overlay.css). */
export const VERDICT_STYLE: Readonly<Record<'allowed' | 'blocked' | 'partial', StrokeStyle>> = {
  allowed: { stroke: COLOUR.allowed, width: 3 },
  blocked: { stroke: COLOUR.blocked, width: 3, dash: '8 5' },
  partial: { stroke: COLOUR.partial, width: 3, dash: '1 5' },
};

/** `stroke`, `stroke-width`, `stroke-dasharray` and `fill="none"` as attributes. */
export function strokeAttributes(style: StrokeStyle): string {
  return (
    `fill="none" stroke="${style.stroke}" stroke-width="${style.width}"` +
    (style.dash === undefined ? '' : ` stroke-dasharray="${style.dash}"`)
  );
}
