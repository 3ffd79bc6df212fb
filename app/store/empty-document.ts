import type { VpcLabDocument } from '../../src/model/index.ts';
import { currentT } from '../i18n/use-t.ts';

/** What New gives: an empty design, valid as it is, named in the page's language. */
export function emptyDocument(): VpcLabDocument {
  return { format: 'vpclab', version: 2, name: currentT()('designDefaults:untitled'), resources: [] };
}
