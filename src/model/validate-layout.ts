import { jsonPath } from './issues.ts';
import { findInterface } from './network-interfaces.ts';
import type { ValidationContext } from './validate-context.ts';

/** Layout entries for ids that name no resource are harmless leftovers: a finding, not an error. */
export function validateLayout(context: ValidationContext): void {
  for (const id of Object.keys(context.document.layout ?? {})) {
    // A secondary network interface is drawn too: its entry is keyed by its endpoint (`web-1/eni-1`).
    if (context.index.byId.has(id) || findInterface(id, context.index.byId)) continue;
    context.warn(
      'LAYOUT_UNKNOWN_ID',
      null,
      jsonPath(['layout', id]),
      `Layout has a position for "${id}", which names no resource. Remove the entry (saving from the editor drops it).`,
    );
  }
}
