import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DiagramNode } from '../diagram-types.ts';
import { SIZE } from '../sizes.ts';
import { fitText, pageFontFamily } from './fit-text.ts';
import { useTheme } from '../../theme/theme-store.ts';
import { glyphImage } from './glyph.ts';
import { useNodeFacts } from './facts-store.ts';
import { HiddenHandles } from './hidden-handles.tsx';
import { useCompactTiles } from './use-compact.tsx';
import { useTileScale } from './zoom-labels.tsx';
import { useT } from '../../i18n/use-t.ts';

/** Room for a label: the tile's width less its padding and border. */
const TEXT_WIDTH = SIZE.networkInterface.width - 10;
/** The first line shares its room with the glyph. */
const NAME_WIDTH = TEXT_WIDTH - 18;

/**
 * A secondary network interface, drawn small inside its own subnet: the ENI glyph and its name,
 * its address, and the instance it belongs to (a dashed edge joins the two). The full text is its
 * tooltip; the node element carries the accessible name "Network interface eni-1 of web-1".
 */
export const InterfaceNode = memo(function InterfaceNode({ data }: NodeProps<DiagramNode>) {
  const compact = useCompactTiles();
  const scale = useTileScale();
  const theme = useTheme();
  const t = useT();
  const eni = data.networkInterface;
  const address = useNodeFacts(data.resourceId).details[0] ?? '';
  const owner = eni?.instanceTitle ?? '';
  const tooltip = t('interfaces:canvas.tooltip', { name: data.title, instance: owner, address });
  if (compact) {
    return (
      <div className="interface-node is-compact tone-compute" title={tooltip}>
        <HiddenHandles />
      </div>
    );
  }
  const family = pageFontFamily();
  if (scale > 1) {
    // Zoomed out: the name and address grow to stay readable, and the rest gives them its room.
    const nameSize = 11 * scale;
    const addressSize = 10 * Math.min(scale, 1.4);
    return (
      <div className="interface-node is-zoomed-out tone-compute" title={tooltip}>
        <span className="interface-name" style={{ fontSize: `${nameSize}px` }}>
          {fitText(data.title, `600 ${nameSize}px ${family}`, TEXT_WIDTH)}
        </span>
        {address ? (
          <span className="interface-address" style={{ fontSize: `${addressSize}px` }}>
            {fitText(address, `${addressSize}px ${family}`, TEXT_WIDTH)}
          </span>
        ) : null}
        <HiddenHandles />
      </div>
    );
  }
  return (
    <div className="interface-node tone-compute" title={tooltip}>
      <span className="interface-name-row">
        <span
          className="glyph interface-glyph"
          aria-hidden="true"
          style={{ backgroundImage: glyphImage('network-interface', theme) }}
        />
        <span className="interface-name">{fitText(data.title, `600 11px ${family}`, NAME_WIDTH)}</span>
      </span>
      {address ? <span className="interface-address">{fitText(address, `10px ${family}`, TEXT_WIDTH)}</span> : null}
      <span className="interface-owner">{fitText(owner, `10px ${family}`, TEXT_WIDTH)}</span>
      <HiddenHandles />
    </div>
  );
});
