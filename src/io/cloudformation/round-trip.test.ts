import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { roundTripDocuments, withoutLayout } from '../iac/test-support/documents.ts';
import { readCloudFormation } from './read.ts';
import { writeCloudFormation } from './write.ts';

/**
 * import(export(doc)) equals doc for every shared scenario and bundled example, except the
 * layout (canvas positions are not infrastructure; see withoutLayout). Everything else, ids,
 * names, tags, rule and route order, intents and the fields CloudFormation cannot express
 * (kept under Metadata.VpcLab), comes back as it was.
 */
describe('CloudFormation round trip', () => {
  it.each(roundTripDocuments())('$file comes back unchanged', ({ document }) => {
    const exported = writeCloudFormation(document);
    const imported = readCloudFormation(exported.text);
    expect(imported.warnings).toEqual([]);
    expect(imported.document).toEqual(withoutLayout(document));
    expect(validateDocument(imported.document).errors).toEqual([]);
  });
});
