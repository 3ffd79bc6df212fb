import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFiles, run, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

/**
 * Input built to break the reader rather than the design: every command answers with the
 * document's problem (exit 1) and never crashes with a stack trace; exit 2 stays "unreadable
 * input or bad usage".
 */
describe('the CLI on hostile input', () => {
  it.each(['validate', 'check', 'matrix'])(
    '%s: 5,000 "[" is a JSON syntax error with its column (exit 1)',
    async (command) => {
      const { code, stdout, stderr } = await run([command, tempFile('brackets.json', '['.repeat(5_000))]);
      expect(stderr).toBe('');
      expect(stdout).toContain('Line 1, column 5001: Unexpected end of file');
      expect(code).toBe(1);
    },
  );
});

/** A scenario file (`{ title, document, cases }`) around `document`. */
function scenarioWith(document: unknown, cases: unknown[]): unknown {
  return { title: 'hostile', document, cases };
}

const DOCUMENT = {
  format: 'vpclab',
  version: 2,
  name: 'two instances',
  resources: [
    { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'a', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a' },
    { id: 'web', type: 'instance', subnet: 'a' },
    { id: 'app', type: 'instance', subnet: 'a' },
  ],
};
const CASE = { from: 'web', to: 'app', protocol: 'tcp', port: 22, verdict: 'allowed' };

describe('scenario files given to the CLI', () => {
  it.each(['validate', 'check'])('%s: a null case is an error naming $.cases[1] (exit 1)', async (command) => {
    const file = tempFile('null-case.json', scenarioWith(DOCUMENT, [CASE, null]));
    const { code, stdout, stderr } = await run([command, file, '--json']);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).errors).toEqual([
      expect.objectContaining({ path: '$.cases[1]', message: expect.stringContaining('Scenario case 2 is null') }),
    ]);
    expect(code).toBe(1);
  });

  it('a wrapped document nested 20,000 deep is refused with the path in the file (exit 1)', async () => {
    // JSON.stringify itself overflows on 20,000 levels: the nesting is written as text.
    const deep = `${'{"a":'.repeat(20_000)}{}${'}'.repeat(20_000)}`;
    const text = JSON.stringify(scenarioWith({ ...DOCUMENT, meta: {} }, [CASE])).replace('"meta":{}', `"meta":${deep}`);
    const { code, stdout, stderr } = await run(['validate', tempFile('deep-scenario.json', text), '--json']);
    expect(stderr).toBe('');
    const [issue, ...rest] = JSON.parse(stdout).errors;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'NESTING_TOO_DEEP', path: expect.stringMatching(/^\$\.document\.meta\.a\.a/) });
    expect(code).toBe(1);
  });

  it('document.intents that is not a list is an error, not replaced by the cases (exit 1)', async () => {
    const file = tempFile('intents-five.json', scenarioWith({ ...DOCUMENT, intents: 5 }, [CASE]));
    const { code, stdout } = await run(['validate', file, '--json']);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ path: '$.document.intents' })]);
    expect(code).toBe(1);
  });

  it("names the scenario file's own paths: a case's field under $.cases, a resource's under $.document", async () => {
    const broken = { ...DOCUMENT, resources: [...DOCUMENT.resources.slice(0, 3), { id: 'app', type: 'instance' }] };
    const file = tempFile('paths.json', scenarioWith(broken, [CASE, { ...CASE, verdict: 'maybe' }]));
    const { stdout } = await run(['validate', file, '--json']);
    const paths = JSON.parse(stdout).errors.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['$.document.resources[3].subnet', '$.cases[1].verdict']));
  });
});

describe('file encodings (decode-text.ts decides for the page and the CLI alike)', () => {
  const text = JSON.stringify({ ...DOCUMENT, name: 'ウェブと DB' });
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  it('reads UTF-16 LE with a byte order mark from a file, and UTF-16 BE from standard input (exit 0)', async () => {
    const file = await run(['validate', tempFile('utf16le.json', utf16(true))]);
    expect(file.stdout).toMatch(/utf16le\.json: valid/);
    expect(file.code).toBe(0);
    const stdin = await run(['check', '-', '--json'], utf16(false));
    expect(JSON.parse(stdin.stdout).valid).toBe(true);
    expect(stdin.code).toBe(0);
  });

  it('refuses Latin-1 with a sentence naming the encodings it reads (exit 1)', async () => {
    const latin1 = Uint8Array.from(text.replace('ウェブと', 'caf\u00e9'), (char) => char.charCodeAt(0));
    const { code, stdout } = await run(['validate', tempFile('latin1.json', latin1), '--json']);
    expect(JSON.parse(stdout).errors).toEqual([
      expect.objectContaining({ code: 'ENCODING_UNSUPPORTED', message: expect.stringContaining('not UTF-8') }),
    ]);
    expect(code).toBe(1);
  });
});
