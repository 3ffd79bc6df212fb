import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { readCloudFormation } from '../cloudformation/read.ts';
import { writeCloudFormation } from '../cloudformation/write.ts';
import { parseHclInNode } from '../terraform/parse-node.ts';
import { readTerraform } from '../terraform/read.ts';
import { writeTerraform } from '../terraform/write.ts';
import { KITCHEN_SINK } from './test-support/kitchen-sink.ts';

/** Every field of the format survives both round trips, not only what the scenarios use. */
describe('a document using every field', () => {
  it('is a valid document', () => {
    expect(validateDocument(KITCHEN_SINK).errors).toEqual([]);
  });

  it('comes back unchanged from CloudFormation', () => {
    const exported = writeCloudFormation(KITCHEN_SINK);
    const imported = readCloudFormation(exported.text);
    expect(imported.warnings).toEqual([]);
    expect(imported.document).toEqual(KITCHEN_SINK);
    // What CloudFormation cannot say is listed on export.
    expect(exported.warnings.map((w) => w.detail)).toEqual(
      expect.arrayContaining([
        'blackhole routes',
        'default network ACL',
        'Direct Connect (written as a Site-to-Site VPN)',
      ]),
    );
  });

  it('comes back unchanged from Terraform', async () => {
    const exported = writeTerraform(KITCHEN_SINK);
    const imported = await readTerraform([{ name: 'sink.tf', text: exported.text }], parseHclInNode);
    expect(imported.warnings).toEqual([]);
    expect(imported.document).toEqual(KITCHEN_SINK);
    // Transit gateway tables and peering are Terraform resources; only a gateway's region is kept aside.
    expect(exported.warnings.filter((w) => w.code !== 'metadata-only')).toEqual([]);
    expect(exported.warnings.map((w) => w.detail)).toEqual(expect.arrayContaining(['blackhole routes', 'region']));
  });
});
