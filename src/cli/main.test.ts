import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkedExample } from '../model/test-support/shared.ts';
import { removeTempFiles, run, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('vpclab', () => {
  it('--help prints every command (exit 0); no command is a usage error (exit 2)', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['validate <file>', 'check <file>', 'trace <file>', 'matrix <file>']) {
      expect(help.stdout).toContain(command);
    }
    expect((await run([])).code).toBe(2);
  });

  it('an unknown command exits 2 naming it', async () => {
    const { code, stderr } = await run(['lint', 'x.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "lint"');
  });

  it('runs the README examples', async () => {
    const file = tempFile('design.vpclab.json', loadWorkedExample());
    const text = await run(['validate', file]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toBe(`${file}: valid\n`);
    const json = await run(['validate', '--json', file]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: true, errors: [] });
  });

  it('the real binary runs (bin/vpclab.mjs through tsx)', () => {
    const file = tempFile('bin.vpclab.json', loadWorkedExample());
    const child = spawnSync(process.execPath, ['bin/vpclab.mjs', 'validate', file], { cwd: REPO, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe(`${file}: valid\n`);
    expect(child.status).toBe(0);
  });
});
