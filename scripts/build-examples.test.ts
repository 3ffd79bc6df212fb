import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../src/model/index.ts';
import { buildExamples, EXAMPLES_DIR, SHARED_DIR } from './build-examples.ts';

describe.skipIf(!existsSync(join(SHARED_DIR, 'scenarios')))('public/examples', () => {
  it('is what scripts/build-examples.ts makes of the shared scenarios (run `npm run examples`)', async () => {
    const expected = await buildExamples();
    expect(readdirSync(EXAMPLES_DIR).sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(readFileSync(join(EXAMPLES_DIR, file), 'utf8'), file).toBe(text);
  });
});

describe('bundled examples', () => {
  const index = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'index.json'), 'utf8')) as { file: string; title: string }[];

  it('lists at least the worked example and the twelve scenarios', () => {
    expect(index.length).toBeGreaterThanOrEqual(13);
    expect(index[0]).toMatchObject({ file: '00-worked-example.json', title: 'Web and database' });
  });

  it.each(index)('$file is a valid document titled in the index', ({ file, title }) => {
    const wrapper = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as { title: string; document: unknown };
    expect(wrapper.title).toBe(title);
    expect(validateDocument(wrapper.document).errors).toEqual([]);
  });

  it.each(index)('$file says what it teaches in English and Japanese', ({ file }) => {
    const entry = index.find((e) => e.file === file) as { teaches?: string; ja?: { teaches?: string } };
    const wrapper = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as { teaches: string };
    expect(entry.teaches).toBe(wrapper.teaches);
    expect(entry.ja?.teaches).toMatch(/[\u3040-\u30ff]/);
  });
});
