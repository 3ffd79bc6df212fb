import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { terraformNameFor } from '../iac/names.ts';
import { roundTripDocuments, withoutLayout } from '../iac/test-support/documents.ts';
import { expectedVerdict, goldenCase, verdictOf } from '../iac/test-support/verdicts.ts';
import { parseHclInNode } from './parse-node.ts';
import { readTerraform } from './read.ts';
import { writeTerraform } from './write.ts';

/**
 * import(export(doc)) equals doc for every shared scenario, bundled example and golden case
 * (transit gateway route tables and peering included), read back by @cdktf/hcl2json, except the
 * layout (canvas positions are not infrastructure). Ids, names, tags, order, intents and the
 * fields Terraform cannot express (kept in `local.vpclab`) come back as they were, so every
 * verdict does too.
 */
describe('Terraform round trip', () => {
  it.each(roundTripDocuments())('$file comes back unchanged', async ({ file, document }) => {
    const exported = writeTerraform(document);
    expect(exported.warnings.filter((w) => w.code === 'approximated' || w.code === 'dangling-reference')).toEqual([]);
    const imported = await readTerraform([{ name: `${file}.tf`, text: exported.text }], parseHclInNode);
    expect(imported.warnings).toEqual([]);
    expect(imported.document).toEqual(withoutLayout(document));
    expect(validateDocument(imported.document).errors).toEqual([]);
  });
});

/**
 * The Terraform itself, not VPC Lab's metadata, carries the transit gateway constructs: with
 * `local.vpclab` cut off (ids become Terraform names), every golden case keeps its verdict.
 */
describe('Terraform without local.vpclab', () => {
  it.each(['transit-gateway-route-tables.json', 'transit-gateway-peering.json'])(
    '%s gives the same verdicts',
    async (file) => {
      const { document, cases } = goldenCase(file);
      const { text } = writeTerraform(document);
      const bare = text.slice(0, text.indexOf('# What Terraform cannot say'));
      expect(bare).not.toContain('vpclab');
      const imported = await readTerraform([{ name: 'main.tf', text: bare }], parseHclInNode);
      expect(imported.warnings).toEqual([]);
      expect(validateDocument(imported.document).errors).toEqual([]);
      for (const flow of cases) {
        const renamed = { ...flow, from: terraformNameFor(flow.from), to: terraformNameFor(flow.to) };
        const expected = expectedVerdict(flow);
        const component = expected.component && terraformNameFor(expected.component);
        expect(verdictOf(imported.document, renamed), `${flow.from} -> ${flow.to}`).toEqual({ ...expected, component });
      }
    },
  );
});
