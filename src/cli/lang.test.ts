import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempFiles, run, scenarioFile, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);
afterEach(() => {
  delete process.env['VPCLAB_LANG'];
});

/** Kana or kanji: the line is Japanese. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('vpclab --lang ja', () => {
  const alb = scenarioFile('12-');

  it('trace: the verdict, headings, hop notes and explanations in Japanese', async () => {
    const { code, stdout } = await run([
      'trace',
      alb,
      '--from',
      'internet',
      '--to',
      'alb-legacy',
      '--port',
      '443',
      '--lang',
      'ja',
    ]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^(遮断|一部のみ許可): internet -> alb-legacy、tcp ポート 443、IPv4$/);
    expect(stdout).toContain('往路:');
    expect(stdout).toContain('説明 (最初のものが主な原因です):');
    expect(stdout).toContain('対処: ');
    expect(stdout).not.toMatch(/Forward path|Explanations|Fix:|no route matches|allowed by/);
    // Every hop row ends with a Japanese note.
    const rows = lines.filter((line) => /^\s+\d+\s{2}/.test(line));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row, row).toMatch(JAPANESE);
    expect(lines.filter((line) => line !== line.trimEnd())).toEqual([]);
  });

  it('trace --json: data as it is, with the messages in the chosen language', async () => {
    const { stdout } = await run([
      'trace',
      alb,
      '--from',
      'internet',
      '--to',
      'alb-legacy',
      '--port',
      '443',
      '--json',
      '--lang',
      'ja',
    ]);
    const result = JSON.parse(stdout) as {
      verdict: string;
      forward: { note: { kind: string }; text: string }[];
      explanations: { code: string; message: string; fix: string; params: { kind: string } }[];
    };
    expect(result.verdict).toMatch(/^(allowed|blocked|partial)$/);
    for (const hop of result.forward) {
      expect(hop.note.kind).toMatch(/^[a-zA-Z]+$/);
      expect(hop.text).toMatch(JAPANESE);
    }
    for (const explanation of result.explanations) {
      expect(explanation.code).toMatch(/^[A-Z_0-9]+$/);
      expect(explanation.message).toMatch(JAPANESE);
      expect(explanation.fix).toMatch(JAPANESE);
    }
  });

  it('check: summary, intents and findings in Japanese', async () => {
    const { stdout } = await run(['check', scenarioFile('06-'), '--lang', 'ja']);
    const [summary, ...rest] = stdout.trim().split('\n');
    expect(summary).toMatch(/: (OK|不合格)、有効、期待する通信 \d+ 件/);
    expect(summary).toMatch(/件の指摘$/);
    for (const line of rest.filter((l) => /^\s{11}\S/.test(l))) expect(line, line).toMatch(JAPANESE);
  });

  it('validate: the summary and a catalogued error in Japanese, naming the resource and the field', async () => {
    const broken = {
      format: 'vpclab',
      version: 2,
      name: 'broken',
      resources: [
        { type: 'vpc', id: 'vpc-main', cidrBlocks: ['10.0.0.0/16'] },
        { type: 'subnet', id: 'web', vpc: 'vpc-missing', cidr: '10.0.1.0/24', az: 'a' },
      ],
    };
    const file = tempFile('broken.json', broken);
    const ja = await run(['validate', file, '--lang', 'ja']);
    expect(ja.code).toBe(1);
    expect(ja.stdout).toMatch(/: \d+ 件のエラー/);
    expect(ja.stdout).toContain('サブネット「web」: vpc の「vpc-missing」は存在しません。');
    const json = JSON.parse((await run(['validate', file, '--json', '--lang', 'ja'])).stdout) as {
      errors: { code: string; message: string; params?: Record<string, string> }[];
    };
    const missing = json.errors.find((e) => e.code === 'REFERENCE_MISSING');
    expect(missing?.params).toMatchObject({ id: 'web', field: 'vpc', target: 'vpc-missing' });
    expect(missing?.message).toContain('「vpc-missing」は存在しません');
    const en = await run(['validate', file]);
    expect(en.stdout).toContain('Subnet "web": vpc "vpc-missing" does not exist.');
  });

  it('matrix: title and legend in Japanese', async () => {
    const { code, stdout } = await run(['matrix', scenarioFile('01-'), '--lang', 'ja']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^到達性マトリクス、IPv4 \(行: 送信元、列: 送信先\)/);
    expect(stdout).toContain('凡例: ✓ すべて通る');
  });

  it('takes the language from VPCLAB_LANG, and --lang wins over it', async () => {
    process.env['VPCLAB_LANG'] = 'ja';
    expect((await run(['matrix', scenarioFile('01-')])).stdout).toMatch(/^到達性マトリクス/);
    expect((await run(['matrix', scenarioFile('01-'), '--lang', 'en'])).stdout).toMatch(/^Reachability matrix/);
  });

  it('refuses a language it does not speak, naming the option', async () => {
    const { code, stderr } = await run(['matrix', scenarioFile('01-'), '--lang', 'fr']);
    expect(code).toBe(2);
    expect(stderr).toContain('matrix: option --lang must be en or ja, not "fr"');
  });
  it('words usage mistakes and the usage text in Japanese, keeping English without --lang', async () => {
    const port = await run([
      'trace',
      scenarioFile('12-'),
      '--from',
      'internet',
      '--to',
      'web',
      '--port',
      'x',
      '--lang',
      'ja',
    ]);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain(
      'vpclab: trace: --port には 1 から 65535 までのポート番号を指定してください（「x」は使えません）',
    );
    expect(port.stderr).toContain('使い方: vpclab ＜コマンド＞ ＜ファイル＞');
    expect(port.stderr).not.toMatch(/Usage:|must be/);
    const missing = await run(['validate', '/nonexistent/design.json', '--lang=ja']);
    expect(missing.stderr).toContain('/nonexistent/design.json を読めません: ファイルがありません');
    const unknown = await run(['frobnicate', '--lang', 'ja']);
    expect(unknown.stderr).toContain('「frobnicate」というコマンドはありません');
    const english = await run(['validate']);
    expect(english.stderr).toContain('vpclab: validate needs a file (or "-" for standard input)');
    expect(english.stderr).toContain('Usage: vpclab <command> <file>');
  });

  it('words every validation error of validate in Japanese, naming the resource and field', async () => {
    const file = tempFile('broken-ja.json', {
      format: 'vpclab',
      version: 2,
      name: 'broken',
      resources: [
        { type: 'vpc', id: 'vpc-a', cidrBlocks: ['10.0.0.0/16'] },
        { type: 'subnet', id: 'sub-a', vpc: 'vpc-a', cidr: '10.9.0.0/24', az: 'a' },
        { type: 'subnet', id: 'sub-b', vpc: 'vpc-a', cidr: '10.0.1.0/40', az: 'a' },
      ],
    });
    const { code, stdout } = await run(['validate', file, '--lang', 'ja']);
    expect(code).toBe(1);
    expect(stdout).toContain('「sub-a」の cidr は VPC のどの CIDR ブロックにも入っていません。');
    expect(stdout).toContain('サブネット「sub-b」: cidr の「10.0.1.0/40」は CIDR ブロックではありません。');
    expect(stdout).not.toMatch(/ is | the | must /);
  });
});
