import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../diagram-types.ts';
import { LEAF_GRID, SIZE } from '../sizes.ts';
import { TONE } from '../icons.tsx';
import { fitText, measureText, pageFontFamily } from './fit-text.ts';
import { splitName } from './split-name.ts';
import { useTheme } from '../../theme/theme-store.ts';
import { glyphImage } from './glyph.ts';
import { useNodeFacts } from './facts-store.ts';
import { HiddenHandles } from './hidden-handles.tsx';
import { ConnectPoints } from '../connect/ConnectPoints.tsx';
import { useCompactTiles } from './use-compact.tsx';
import { useTileScale } from './zoom-labels.tsx';
import { useT } from '../../i18n/use-t.ts';
import { factWords, nodeTitle } from './node-words.ts';

/** Room for a label inside a tile: its width less padding and border, and a pixel of slack. */
export const TILE_TEXT_WIDTH = SIZE.leaf.width - 12;
/** An enlarged name may reach a little past its tile, never into the next one (tiles are LEAF_GRID.dx apart). */
const CAPTION_WIDTH = LEAF_GRID.dx - 12;
/** An enlarged name on up to two lines, broken between words (see `splitName`); whole without a DOM. */
const captionLines = (title: string, font: string): string[] =>
  splitName(title, CAPTION_WIDTH, (text) => measureText(text, font) ?? 0);

/** Past this scale the icon gives its room to the name. */
const ICON_HIDDEN_ABOVE = 1.5;

/**
 * A resource drawn as a tile: gateways, instances, databases, load balancers, functions,
 * endpoints, networks. Its icon is a background image and its labels are shortened in script,
 * so a tile adds no SVG and no clip to the page (see `glyphImage`); the full text is its tooltip.
 * Zoomed out, its name grows to stay readable and its details give way (see `useTileScale`);
 * a large design zoomed far out draws it as a plain box in its tone (see `useCompactTiles`).
 */
export const ResourceNode = memo(function ResourceNode({ id, data }: NodeProps<DiagramNode>) {
  const compact = useCompactTiles();
  const scale = useTileScale();
  const theme = useTheme();
  const t = useT();
  const details = factWords(t, useNodeFacts(id).details);
  const title = nodeTitle(t, data);
  const family = pageFontFamily();
  const detail = details[0];
  const tooltip = [title, ...details].join('\n');
  if (compact) {
    return (
      <div className={`resource-node is-compact tone-${TONE[data.type]}`} title={tooltip}>
        <HiddenHandles />
        <ConnectPoints data={data} />
      </div>
    );
  }
  if (scale > 1) {
    const font = `600 ${12 * scale}px ${family}`;
    return (
      <div className={`resource-node is-zoomed-out tone-${TONE[data.type]}`} title={tooltip}>
        {scale <= ICON_HIDDEN_ABOVE ? (
          <span className="resource-icon">
            <span className="glyph" aria-hidden="true" style={{ backgroundImage: glyphImage(data.type, theme) }} />
          </span>
        ) : null}
        <span className="resource-title" style={{ fontSize: `${12 * scale}px` }}>
          {captionLines(title, font).map((line, i) => (
            <span key={i} className="title-line">
              {line}
            </span>
          ))}
        </span>
        <HiddenHandles />
        <ConnectPoints data={data} />
      </div>
    );
  }
  return (
    <div className={`resource-node tone-${TONE[data.type]}`} title={tooltip}>
      <span className="resource-icon">
        <span className="glyph" aria-hidden="true" style={{ backgroundImage: glyphImage(data.type, theme) }} />
      </span>
      <span className="resource-title">{fitText(title, `600 12px ${family}`, TILE_TEXT_WIDTH)}</span>
      {detail ? <span className="resource-detail">{fitText(detail, `10px ${family}`, TILE_TEXT_WIDTH)}</span> : null}
      <HiddenHandles />
      <ConnectPoints data={data} />
    </div>
  );
});
