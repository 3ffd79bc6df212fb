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
/**
 * Transit gateway route tables and peering (format version 2) are not written to Terraform yet
 * (CloudFormation carries them): until they are, the export must say so for each table and
 * peering instead of dropping them silently.
 */
const NOT_YET_IN_TERRAFORM = new Set(['cases/transit-gateway-peering.json', 'cases/transit-gateway-route-tables.json']);

describe('Terraform round trip', () => {
  const [pending, supported] = [true, false].map((skip) =>
    roundTripDocuments().filter(({ file }) => NOT_YET_IN_TERRAFORM.has(file) === skip),
  );

  it.each(pending!)('$file says what it leaves out: every transit gateway route table and peering', ({ document }) => {
    const { warnings } = writeTerraform(document);
    const tables = document.resources.filter((r) => r.type === 'transit-gateway-route-table').map((r) => r.id);
    const peered = document.resources.filter((r) => r.type === 'transit-gateway' && (r.peers?.length ?? 0) > 0);
    expect(tables.length + peered.length).toBeGreaterThan(0);
    for (const id of [...tables, ...peered.map((r) => r.id)]) {
      expect(warnings).toContainEqual(expect.objectContaining({ code: 'approximated', subject: id }));
    }
  });

  it.each(supported!)('$file comes back unchanged', async ({ file, document }) => {
    const exported = writeTerraform(document);
    const imported = await readTerraform([{ name: `${file}.tf`, text: exported.text }], parseHclInNode);
    expect(imported.warnings).toEqual([]);
    expect(imported.document).toEqual(withoutLayout(document));
    expect(validateDocument(imported.document).errors).toEqual([]);
  });
});
