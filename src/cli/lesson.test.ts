import { afterAll, describe, expect, it } from 'vitest';
import type { Json } from '../model/test-support/base-document.ts';
import { bundledLessonIds, bundledLessonPath, bundledLessonText } from '../lessons/test-support/bundled.ts';
import { removeTempFiles, run, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

const lesson = (id = 'public-web-server') => JSON.parse(bundledLessonText(id)) as Json;

describe('vpclab lesson check', () => {
  it('a sound lesson: every intent’s verdict on both designs, the start’s blocker, exit 0', async () => {
    const { code, stdout } = await run(['lesson', 'check', bundledLessonPath('public-web-server')]);
    expect(code).toBe(0);
    expect(stdout).toContain('lesson “Lesson 1: Open the web server to the internet” (public-web-server)');
    const [start, solution] = stdout.split('Solution (must pass every intent):');
    expect(start).toMatch(/✗ [\w-]+: internet → web-1 tcp 443 expected allowed, engine says blocked/);
    expect(start).toMatch(/blocked by rt-public \(NO_ROUTE_TO_DESTINATION\): /);
    expect(solution).not.toContain('✗');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^Sound: the start fails 1 intent of 3/);
  });

  it('--json gives the report as data; --lang ja prints it in Japanese', async () => {
    const json = await run(['lesson', 'check', bundledLessonPath('nat-gateway'), '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ valid: true, sound: true, id: 'nat-gateway', problems: [], faults: [] });
    expect(report.start.intents.some((i: { pass: boolean }) => !i.pass)).toBe(true);
    expect(report.solution.intents.every((i: { pass: boolean }) => i.pass)).toBe(true);

    const ja = await run(['lesson', 'check', bundledLessonPath('nat-gateway'), '--lang', 'ja']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('レッスン「レッスン 2: プライベートサーバーから更新をダウンロードする」');
    expect(ja.stdout).toContain('問題なし');
  });

  it('a lesson whose start already passes exits 1 and says there is nothing to learn', async () => {
    const broken = lesson();
    broken.start = broken.solution;
    const { code, stdout } = await run(['lesson', 'check', tempFile('start-passes.json', broken)]);
    expect(code).toBe(1);
    expect(stdout).toContain('Unsound: the start already passes every intent');
  });

  it('a lesson whose solution fails exits 1 and names the failing intents', async () => {
    const broken = lesson();
    broken.solution = { ...broken.start, layout: broken.solution.layout };
    const { code, stdout } = await run(['lesson', 'check', tempFile('solution-fails.json', broken)]);
    expect(code).toBe(1);
    const failing = broken.intents.find((i: { to: string; port: number }) => i.to === 'web-1' && i.port === 443).id;
    expect(stdout).toContain(`Unsound: the solution does not pass every intent (failing: ${failing})`);
  });

  it('a lesson with a missing Japanese text exits 1 and names the path', async () => {
    const broken = lesson();
    delete broken.hints[2].ja;
    const { code, stdout } = await run(['lesson', 'check', tempFile('missing-ja.json', broken)]);
    expect(code).toBe(1);
    expect(stdout).toContain('not a usable lesson (1 problem)');
    expect(stdout).toContain('  hints[2].ja: missing: the Japanese text.');
  });

  it('an invalid design inside the lesson is reported under its path', async () => {
    const broken = lesson();
    broken.start.resources[0].cidrBlocks = ['10.0.0.0/99'];
    const { code, stdout } = await run(['lesson', 'check', tempFile('bad-start.json', broken), '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).problems[0].path).toMatch(/^start\.resources\[0\]\.cidrBlocks\[0\]/);
  });

  it('bad usage and unreadable files exit 2', async () => {
    expect((await run(['lesson'])).code).toBe(2);
    expect((await run(['lesson', 'prove', 'x.json'])).code).toBe(2);
    expect((await run(['lesson', 'check'])).code).toBe(2);
    const lang = await run(['lesson', 'check', bundledLessonPath('nat-gateway'), '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang must be en or ja');
    const missing = await run(['lesson', 'check', '/no/such/lesson.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read /no/such/lesson.json');
  });

  it('reads standard input for "-"', async () => {
    const { code } = await run(['lesson', 'check', '-'], bundledLessonText('office-vpn'));
    expect(code).toBe(0);
  });

  it.each(bundledLessonIds())('proves the bundled lesson %s (exit 0)', async (id) => {
    expect((await run(['lesson', 'check', bundledLessonPath(id)])).code).toBe(0);
  });
});
