import { describe, expect, it } from 'vitest';
import { validateDocument } from '../model/index.ts';
import { importAws } from '../io/aws/index.ts';
import { sampleFiles, sampleFolders } from '../io/aws/test-support/samples.ts';
import { layOutDocument } from './index.ts';

/** The page's auto layout, run without a page (the CLI's import lays its document out with it). */
describe.each(sampleFolders())('layOutDocument on the imported $name', ({ path }) => {
  const document = layOutDocument(importAws(sampleFiles(path)).document);
  const layout = document.layout ?? {};
  const inside = (inner: string, outer: string) => {
    const a = layout[inner]!;
    const b = layout[outer]!;
    return a.x >= b.x && a.y >= b.y && a.x < b.x + (b.width ?? 0) && a.y < b.y + (b.height ?? 0);
  };

  it('places every VPC, subnet and instance, each inside its container, as a valid document', () => {
    expect(validateDocument(document).errors).toEqual([]);
    for (const r of document.resources) {
      if (r.type === 'vpc') expect(layout[r.id], r.id).toBeDefined();
      if (r.type === 'subnet') expect(inside(r.id, r.vpc), `${r.id} in ${r.vpc}`).toBe(true);
      if (r.type === 'instance') expect(inside(r.id, r.subnet), `${r.id} in ${r.subnet}`).toBe(true);
    }
  });

  it('puts VPCs side by side without overlap', () => {
    const vpcs = document.resources.filter((r) => r.type === 'vpc').map((r) => layout[r.id]!);
    const sorted = [...vpcs].sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]!.x).toBeGreaterThanOrEqual(sorted[i - 1]!.x + (sorted[i - 1]!.width ?? 0));
    }
  });
});
