import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../model/test-support/shared.ts';
import { run, tempFile } from './test-support/run.ts';

const folder = join(SHARED_DIR, 'scenarios');
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort();

describe('shared scenario files given directly to the CLI', () => {
  it.each(files)('validate and check accept %s, its cases checked as intents', async (file) => {
    const path = join(folder, file);
    expect((await run(['validate', path])).code).toBe(0);
    const check = await run(['check', '--json', path]);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as { valid: boolean; intents: { id: string; pass: boolean }[] };
    const cases = (JSON.parse(readFileSync(path, 'utf8')) as { cases: unknown[] }).cases;
    expect(report.valid).toBe(true);
    expect(report.intents.filter((i) => i.id.startsWith('case-'))).toHaveLength(cases.length);
    expect(report.intents.every((i) => i.pass)).toBe(true);
  });

  it('a scenario whose case claims the wrong verdict fails check with exit 1', async () => {
    const scenario = JSON.parse(readFileSync(join(folder, files[0]!), 'utf8')) as { cases: { verdict: string }[] };
    scenario.cases[0]!.verdict = scenario.cases[0]!.verdict === 'allowed' ? 'blocked' : 'allowed';
    const check = await run(['check', '--json', tempFile('wrong-case.json', scenario)]);
    expect(check.code).toBe(1);
    const intents = (JSON.parse(check.stdout) as { intents: { id: string; pass: boolean }[] }).intents;
    expect(intents.find((i) => i.id === 'case-1')?.pass).toBe(false);
    expect(intents.filter((i) => !i.pass)).toHaveLength(1);
  });
});
