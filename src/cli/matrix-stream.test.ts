import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { removeTempFiles, tempFile } from './test-support/run.ts';
import { afterAll } from 'vitest';

afterAll(removeTempFiles);

/** One subnet of `count` instances that all talk to each other: count + 3 endpoints with the internet, s3 and dynamodb. */
function crowd(count: number): unknown {
  const instances = Array.from({ length: count }, (_, i) => ({ id: `i-${i}`, type: 'instance', subnet: 'a' }));
  return {
    format: 'vpclab',
    version: 2,
    name: 'crowd',
    resources: [
      { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'a', type: 'subnet', vpc: 'vpc', cidr: '10.0.0.0/20', az: 'a' },
      ...instances,
    ],
  };
}

/** Runs the CLI and keeps each write to stdout and stderr apart. */
async function runWrites(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: (text) => void stdout.push(text),
    stderr: (text) => void stderr.push(text),
    stdin: () => Promise.resolve(new Uint8Array()),
  });
  return { code, stdout, stderr };
}

const MIB = 1024 * 1024;

describe('vpclab matrix on a large design', () => {
  const file = tempFile('crowd.json', crowd(250));
  const pairs = 253 * 252;

  it('--json streams the pairs in bounded writes, the whole as JSON.stringify would print it', async () => {
    const { code, stdout } = await runWrites(['matrix', file, '--json']);
    expect(code).toBe(0);
    expect(Math.max(...stdout.map((chunk) => chunk.length))).toBeLessThanOrEqual(MIB);
    const text = stdout.join('');
    const body = JSON.parse(text) as { endpoints: unknown[]; pairs: unknown[] };
    expect(body.endpoints).toHaveLength(253);
    expect(body.pairs).toHaveLength(pairs);
    expect(text).toBe(`${JSON.stringify(body, null, 2)}\n`);
  });

  it('waits for stdout to drain after each chunk, so a slow pipe never queues the output in memory', async () => {
    let undrained = 0;
    let most = 0;
    let drains = 0;
    await main(['matrix', file, '--json'], {
      stdout: () => void (most = Math.max(most, (undrained += 1))),
      stderr: () => undefined,
      stdin: () => Promise.resolve(new Uint8Array()),
      drained: async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        drains += 1;
        undrained = 0;
      },
    });
    expect(drains).toBeGreaterThan(3);
    expect(most).toBe(1);
  });

  it('--csv streams too', async () => {
    const { stdout } = await runWrites(['matrix', file, '--csv']);
    expect(Math.max(...stdout.map((chunk) => chunk.length))).toBeLessThanOrEqual(MIB);
    expect(stdout.join('').trimEnd().split('\n')).toHaveLength(1 + pairs);
  });

  it('reports progress on stderr, one line per tenth of the pairs', async () => {
    const { stderr } = await runWrites(['matrix', file, '--json']);
    const lines = stderr.join('').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^matrix: analysed 253 endpoints in \d+(\.\d)? s; writing 63,756 pairs$/);
    expect(lines.slice(1)).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((p) => expect.stringMatching(new RegExp(`^matrix: ${p}% `))),
    );
  });
});
