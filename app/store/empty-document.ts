import type { VpcLabDocument } from '../../src/model/index.ts';

/** What New gives: an empty design, valid as it is. */
export function emptyDocument(): VpcLabDocument {
  return { format: 'vpclab', version: 1, name: 'Untitled design', resources: [] };
}
