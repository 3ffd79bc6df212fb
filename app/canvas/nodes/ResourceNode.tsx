import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../diagram-types.ts';
import { SIZE } from '../sizes.ts';
import { TONE } from '../icons.tsx';
import { fitText, pageFontFamily } from './fit-text.ts';
import { useTheme } from '../../theme/theme-store.ts';
import { glyphImage } from './glyph.ts';
import { useNodeFacts } from './facts-store.ts';
import { HiddenHandles } from './hidden-handles.tsx';
import { useCompact } from './use-compact.tsx';

/** Room for a label inside a tile: its width less padding and border, and a pixel of slack. */
export const TILE_TEXT_WIDTH = SIZE.leaf.width - 12;

/**
 * A resource drawn as a tile: gateways, instances, databases, load balancers, functions,
 * endpoints, networks. Its icon is a background image and its labels are shortened in script,
 * so a tile adds no SVG and no clip to the page (see `glyphImage`); the full text is its tooltip.
 * Zoomed far out it is a plain box in its tone (see `useCompact`).
 */
export const ResourceNode = memo(function ResourceNode({ id, data }: NodeProps<DiagramNode>) {
  const compact = useCompact();
  const theme = useTheme();
  const { details } = useNodeFacts(id);
  const family = pageFontFamily();
  const detail = details[0];
  const tooltip = [data.title, ...details].join('\n');
  if (compact) {
    return (
      <div className={`resource-node is-compact tone-${TONE[data.type]}`} title={tooltip}>
        <HiddenHandles />
      </div>
    );
  }
  return (
    <div className={`resource-node tone-${TONE[data.type]}`} title={tooltip}>
      <span className="resource-icon">
        <span className="glyph" aria-hidden="true" style={{ backgroundImage: glyphImage(data.type, theme) }} />
      </span>
      <span className="resource-title">{fitText(data.title, `600 12px ${family}`, TILE_TEXT_WIDTH)}</span>
      {detail ? <span className="resource-detail">{fitText(detail, `10px ${family}`, TILE_TEXT_WIDTH)}</span> : null}
      <HiddenHandles />
    </div>
  );
});
