import { useMemo, type CSSProperties } from 'react';
import type { NodeRect } from '../../canvas/overlay/use-node-rects.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Person } from '../session-store.ts';
import { inkOn } from './label-ink.ts';
import {
  RING_WIDTH,
  ringGap,
  selectionMarks,
  tagForm,
  tagPlace,
  type SelectionMark,
  type TagForm,
} from './selection-marks.ts';
import { initialOf, shortName } from './short-name.ts';

/** Screen pixels: the corner radius of the innermost outline (nodes round theirs by about 8). */
const RING_RADIUS = 10;

/**
 * An outline in each other person's colour around what they have selected, outside the node
 * (its size and labels untouched, clear of this page's own selection ring), with their name
 * tags stacked above its top-left corner.
 */
export function OthersSelections({
  people,
  rects,
  zoom,
}: {
  readonly people: readonly Person[];
  readonly rects: ReadonlyMap<string, NodeRect>;
  readonly zoom: number;
}) {
  const marks = useMemo(() => selectionMarks(people), [people]);
  const form = tagForm(zoom);
  return marks.map((mark) => {
    const rect = rects.get(mark.nodeId);
    return rect ? <Mark key={mark.nodeId} mark={mark} rect={rect} unit={1 / zoom} form={form} /> : null;
  });
}

function Mark({
  mark,
  rect,
  unit,
  form,
}: {
  readonly mark: SelectionMark;
  readonly rect: NodeRect;
  readonly unit: number;
  readonly form: TagForm;
}) {
  const t = useT();
  const place = tagPlace(mark.nodeId, rect.container);
  // Above: on the outer outline's top-left corner; a tab: on the node's own top edge.
  const outer = place === 'above' ? ringGap(Math.max(0, mark.rings.length - 1)) * unit : 0;
  return (
    <div className="presence-mark" data-node-id={mark.nodeId}>
      {mark.rings.map((person, index) => {
        const gap = ringGap(index) * unit;
        const style: CSSProperties = {
          left: rect.x - gap,
          top: rect.y - gap,
          width: rect.width + 2 * gap,
          height: rect.height + 2 * gap,
          borderWidth: RING_WIDTH * unit,
          borderColor: person.colour,
          borderRadius: (RING_RADIUS + ringGap(index)) * unit,
        };
        return <div key={person.clientId} className="presence-ring" data-client-id={person.clientId} style={style} />;
      })}
      {form !== 'none' && mark.tags.length > 0 && (
        <div className={`presence-tags is-${place}`} style={{ left: rect.x - outer, top: rect.y - outer }}>
          {mark.tags.map((person) => (
            <span
              key={person.clientId}
              className="presence-tag"
              data-client-id={person.clientId}
              style={{ background: person.colour, color: inkOn(person.colour) }}
              title={person.name}
            >
              {form === 'name' ? shortName(person.name, 14) : initialOf(person.name)}
            </span>
          ))}
          {mark.more.length > 0 && (
            <span className="presence-tag presence-more" title={mark.more.map((p) => p.name).join(', ')}>
              {form === 'name'
                ? t('presence:more', { count: mark.more.length })
                : t('presence:moreShort', { count: mark.more.length })}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
