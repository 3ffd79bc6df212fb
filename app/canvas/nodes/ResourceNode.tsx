import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../diagram-types.ts';
import { SIZE } from '../sizes.ts';
import { TONE } from '../icons.tsx';
import { fitText, pageFontFamily } from './fit-text.ts';
import { glyphImage } from './glyph.ts';
import { HiddenHandles } from './hidden-handles.tsx';

/** Room for a label inside a tile: its width less padding and border, and a pixel of slack. */
export const TILE_TEXT_WIDTH = SIZE.leaf.width - 12;

/**
 * A resource drawn as a tile: gateways, instances, databases, load balancers, functions,
 * endpoints, networks. Its icon is a background image and its labels are shortened in script,
 * so a tile adds no SVG and no clip to the page (see `glyphImage`); the full text is its tooltip.
 */
export const ResourceNode = memo(function ResourceNode({ data }: NodeProps<DiagramNode>) {
  const family = pageFontFamily();
  const detail = data.details[0];
  return (
    <div className={`resource-node tone-${TONE[data.type]}`} title={[data.title, ...data.details].join('\n')}>
      <span className="resource-icon">
        <span className="glyph" aria-hidden="true" style={{ backgroundImage: glyphImage(data.type) }} />
      </span>
      <span className="resource-title">{fitText(data.title, `600 12px ${family}`, TILE_TEXT_WIDTH)}</span>
      {detail ? <span className="resource-detail">{fitText(detail, `10px ${family}`, TILE_TEXT_WIDTH)}</span> : null}
      <HiddenHandles />
    </div>
  );
});
