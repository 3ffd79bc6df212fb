import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { roundTripDocuments, withoutLayout } from '../iac/test-support/documents.ts';
import { parseHclInNode } from './parse-node.ts';
import { readTerraform } from './read.ts';
import { writeTerraform } from './write.ts';

/**
 * import(export(doc)) equals doc for every shared scenario and bundled example, read back by
 * @cdktf/hcl2json, except the layout (canvas positions are not infrastructure). Ids, names,
 * tags, order, intents and the fields Terraform cannot express (kept in `local.vpclab`) come
 * back as they were.
 */
describe('Terraform round trip', () => {
  it.each(roundTripDocuments())('$file comes back unchanged', async ({ file, document }) => {
    const exported = writeTerraform(document);
    const imported = await readTerraform([{ name: `${file}.tf`, text: exported.text }], parseHclInNode);
    expect(imported.warnings).toEqual([]);
    expect(imported.document).toEqual(withoutLayout(document));
    expect(validateDocument(imported.document).errors).toEqual([]);
  });
});
