import { describe, expect, it } from 'vitest';
import { parseHclInNode } from './parse-node.ts';
import { readTerraform } from './read.ts';

/** Terraform a stranger sends: it must be read in bounded time and memory, or refused with a warning. */
describe('hostile Terraform', () => {
  it('reads one instance of a count above 1,000 and says why', async () => {
    const text = `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  count      = 50000000
}`;
    const { document, warnings } = await readTerraform([{ name: 'count.tf', text }], parseHclInNode, {});
    expect(document.resources.filter((r) => r.type === 'vpc')).toHaveLength(1);
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'unresolved', subject: 'aws_vpc.main', property: 'count' }),
    );
  });

  it('works out each local once, so locals that name each other twice over do not take 2^n steps', async () => {
    const locals = Array.from({ length: 40 }, (_, i) => `  l${i} = element([local.l${i + 1}, local.l${i + 1}], 0)`);
    const text = `
locals {
${locals.join('\n')}
  l40 = "10.0.0.0/16"
}
resource "aws_vpc" "main" {
  cidr_block = local.l0
}`;
    const { document } = await readTerraform([{ name: 'locals.tf', text }], parseHclInNode, {});
    expect(document.resources.find((r) => r.type === 'vpc')).toMatchObject({ cidrBlocks: ['10.0.0.0/16'] });
  });
});
