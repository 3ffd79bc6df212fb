import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument, type VpcLabDocument } from '../model/index.ts';
import { applyEdit } from './apply.ts';

const golden = (): VpcLabDocument =>
  structuredClone(
    (
      JSON.parse(readFileSync(new URL('../../cases/prefix-lists.json', import.meta.url), 'utf8')) as {
        document: unknown;
      }
    ).document,
  ) as VpcLabDocument;

function tableRoutes(doc: VpcLabDocument, id: string) {
  const table = doc.resources.find((r) => r.id === id);
  return table?.type === 'route-table' ? table.routes : [];
}

describe('edits follow prefix list references', () => {
  it('renaming a list renames the routes and rules that name it, leaving CIDRs and s3 alone', () => {
    const result = applyEdit(golden(), { type: 'rename-resource', from: 'peer-nets', to: 'vpc-b-live' });
    if (!result.ok) throw new Error(result.message);
    expect(tableRoutes(result.document, 'rt-a').map((r) => r.destination)).toEqual([
      '192.168.0.0/16',
      'vpc-b-live',
      '10.1.0.0/16',
      '10.1.2.0/24',
      'retired-nets',
    ]);
    expect(validateDocument(result.document).errors).toEqual([]);
  });

  it('deleting a list removes the routes and rules naming it, in one edit, and the design stays valid', () => {
    const result = applyEdit(golden(), { type: 'delete-resources', ids: ['retired-nets', 'office-nets'] });
    if (!result.ok) throw new Error(result.message);
    const doc = result.document;
    expect(tableRoutes(doc, 'rt-a').map((r) => r.destination)).not.toContain('retired-nets');
    const group = doc.resources.find((r) => r.id === 'sg-app');
    expect(group?.type === 'security-group' && group.inbound).toEqual([]);
    expect(validateDocument(doc).errors).toEqual([]);
  });
});
