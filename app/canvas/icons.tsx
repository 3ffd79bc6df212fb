import { memo } from 'react';
import type { ResourceType } from '../../src/model/index.ts';
import type { ExternalId } from './diagram-types.ts';
import { ICON_PATHS } from './icon-paths.ts';

export { ICON_PATHS, TONE } from './icon-paths.ts';

/** The icon of a resource type or external service. */
export const Icon = memo(function Icon({ type, size = 24 }: { type: ResourceType | ExternalId; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={ICON_PATHS[type]} />
    </svg>
  );
});
