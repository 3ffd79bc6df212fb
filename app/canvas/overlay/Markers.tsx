import { Icon } from '../icons.tsx';
import { useCompact } from '../nodes/use-compact.tsx';
import type { IntentLine } from './intent-lines.ts';
import { markerPoint, plain } from './IntentPaths.tsx';
import type { Reach } from './reach.ts';
import { reachKind, reachOutlines } from './reach-outlines.ts';
import type { NodeRect } from './use-node-rects.ts';
import { useT } from '../../i18n/use-t.ts';
import { explanationSentence } from '../../../src/i18n/render/explanation.ts';
import { useCurrentLanguage } from '../../i18n/language-store.ts';

type Rects = ReadonlyMap<string, NodeRect>;

/** A blocked-path badge on each component that blocks an intent: an outlined ✕, the codes in its title. */
export function BlockedMarkers({ lines, rects }: { readonly lines: readonly IntentLine[]; readonly rects: Rects }) {
  const t = useT();
  const language = useCurrentLanguage();
  const byNode = new Map<string, IntentLine[]>();
  for (const line of lines) {
    if (line.blockedAt === undefined) continue;
    const list = byNode.get(line.blockedAt);
    if (list) list.push(line);
    else byNode.set(line.blockedAt, [line]);
  }
  return [...byNode].map(([id, blocked]) => {
    const rect = rects.get(id);
    if (!rect) return null;
    const at = markerPoint(rect);
    const label = t('canvas:overlay.blockedAt', {
      id: plain(id),
      flows: blocked.map((l) => `${l.flow}${l.code ? ` (${l.code})` : ''}`).join('; '),
    });
    const messages = blocked.map((l) =>
      l.explanation ? explanationSentence(l.explanation, language).message : l.message,
    );
    const title = [label, ...messages.filter(Boolean)].join('\n');
    return (
      <div
        key={id}
        role="img"
        aria-label={label}
        title={title}
        className="overlay-badge blocked-marker"
        style={{ left: at.x, top: at.y }}
      >
        <span aria-hidden="true">✕</span>
      </div>
    );
  });
}

/**
 * Outlines on the peers of the selected resource: solid with → where the selection can open a
 * connection to it, dashed with ← where it can open one to the selection, double with ↔ both ways.
 * Each peer's ring is an element named for it. Zoomed out past reading (see `useCompact`), where
 * a large design shows hundreds of peers at once, the outlines are three SVG paths instead, with
 * one name that counts them (the Reachability tab lists them): a ring element per peer made the
 * frames after a selection long on a large design.
 */
export function ReachRings({
  selected,
  reach,
  port,
  rects,
  nodeOf,
}: {
  readonly selected: string;
  readonly reach: ReadonlyMap<string, Reach>;
  readonly port: number | null;
  readonly rects: Rects;
  readonly nodeOf: (id: string) => string;
}) {
  const compact = useCompact();
  const t = useT();
  const on = t('canvas:overlay.ringOn', { port: port === null ? 'none' : String(port) });
  if (compact) return <ReachOutlines selected={selected} on={on} reach={reach} rects={rects} nodeOf={nodeOf} />;
  return [...reach].map(([id, peer]) => {
    const rect = rects.get(nodeOf(id));
    if (!rect || rect.container) return null;
    const kind = reachKind(peer);
    const glyph = kind === 'both' ? '↔' : kind === 'from' ? '→' : '←';
    return (
      <div
        key={id}
        role="img"
        aria-label={t('canvas:overlay.ring', { id, kind, selected, on })}
        className={`overlay-ring reach-${kind}`}
        style={{ left: rect.x - 5, top: rect.y - 5, width: rect.width + 10, height: rect.height + 10 }}
      >
        <span className="overlay-chip" aria-hidden="true">
          {glyph} {t('canvas:overlay.ringChip', { kind })}
        </span>
      </div>
    );
  });
}

/** The selection's peers as three outline paths and one name (see `ReachRings`). */
function ReachOutlines({
  selected,
  on,
  reach,
  rects,
  nodeOf,
}: {
  readonly selected: string;
  readonly on: string;
  readonly reach: ReadonlyMap<string, Reach>;
  readonly rects: Rects;
  readonly nodeOf: (id: string) => string;
}) {
  const { paths, counts } = reachOutlines(reach, rects, nodeOf);
  const t = useT();
  const label = t('canvas:overlay.reachOf', { id: selected, on, from: counts.from, to: counts.to, both: counts.both });
  return (
    <svg className="overlay-paths reach-outlines" width="1" height="1" role="img" aria-label={label}>
      <path d={paths.from} className="reach-outline reach-from" />
      <path d={paths.to} className="reach-outline reach-to" />
      <path d={paths.both} className="reach-outline reach-both" />
    </svg>
  );
}

/** A globe badge and a dotted outline on every resource the internet can open a connection to. */
export function ExposedMarkers({
  exposed,
  rects,
}: {
  readonly exposed: ReadonlyMap<string, string>;
  readonly rects: Rects;
}) {
  return [...exposed].map(([id, ports]) => {
    const rect = rects.get(id);
    if (!rect || rect.container) return null;
    const label = `${id}: open to the internet (${ports})`;
    return (
      <div
        key={id}
        className="overlay-ring exposed"
        style={{ left: rect.x - 9, top: rect.y - 9, width: rect.width + 18, height: rect.height + 18 }}
      >
        <span role="img" aria-label={label} title={label} className="overlay-chip exposed-chip">
          <Icon type="internet" size={11} /> <span aria-hidden="true">exposed</span>
        </span>
      </div>
    );
  });
}
