import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFiles, run, scenarioFile, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

describe('vpclab matrix', () => {
  const alb = scenarioFile('12-');
  const ENDPOINTS = ['app-1', 'app-2', 'legacy-1', 'alb', 'alb-legacy', 'internet', 's3', 'dynamodb'];

  it('prints a table of endpoints with compact cells and a legend', async () => {
    const { code, stdout } = await run(['matrix', alb]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Reachability matrix, IPv4 (rows: from, columns: to)');
    expect(lines[2]?.split(/\s{2,}/)).toEqual(['from \\ to', ...ENDPOINTS]);
    const row = (id: string) => lines.find((line) => line.startsWith(`${id} `))?.split(/\s{2,}/);
    expect(row('app-1')).toEqual(['app-1', '·', '✗', '8080', '443', '✗', '✗', '✗', '✗']);
    expect(row('alb')).toEqual(['alb', '8080', '8080', '✗', '·', '✗', '✗', '✗', '✗']);
    expect(row('internet')?.slice(1, 6)).toEqual(['✗', '✗', '✗', '443', '✗']);
    expect(stdout).toContain('Legend: ✓ everything passes  ✗ nothing passes');
  });

  it('shows ✓ where everything passes and marks non-TCP traffic with +', async () => {
    const { stdout } = await run(['matrix', scenarioFile('01-')]);
    const web = stdout.split('\n').find((line) => line.startsWith('web-1 '));
    expect(web?.split(/\s{2,}/).at(-3)).toBe('✓'); // web-1 -> internet: sg-web allows all outbound
  });

  it('--csv prints one row per ordered pair', async () => {
    const { code, stdout } = await run(['matrix', alb, '--csv']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('from,to,tcp,udp,icmp,other');
    expect(lines).toHaveLength(1 + ENDPOINTS.length * (ENDPOINTS.length - 1));
    expect(lines).toContain('internet,alb,443,none,none,none');
    expect(lines).toContain('internet,s3,n/a,n/a,n/a,n/a');
    const web = await run(['matrix', scenarioFile('03-'), '--csv']);
    expect(web.stdout).toMatch(/\nweb-1,internet,all,all,all,all\n/);
  });

  it('quotes port lists in CSV', async () => {
    const document = {
      format: 'vpclab',
      version: 2,
      name: 'two ports',
      resources: [
        { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
        { id: 'a', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a' },
        {
          id: 'sg',
          type: 'security-group',
          vpc: 'vpc',
          inbound: [
            { protocol: 'tcp', ports: '22', cidr: '10.0.0.0/16' },
            { protocol: 'tcp', ports: '443', cidr: '10.0.0.0/16' },
          ],
          outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
        },
        { id: 'x', type: 'instance', subnet: 'a', securityGroups: ['sg'] },
        { id: 'y', type: 'instance', subnet: 'a', securityGroups: ['sg'] },
      ],
    };
    const file = tempFile('two-ports.json', document);
    const { stdout } = await run(['matrix', file, '--csv']);
    expect(stdout).toContain('x,y,"22;443",none,none,none');
    expect((await run(['matrix', file])).stdout).toMatch(/\nx +· +22,443 /);
  });

  it('--json prints ipVersion, endpoints and pairs with readable port strings', async () => {
    const { code, stdout } = await run(['matrix', alb, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['ipVersion', 'endpoints', 'pairs']);
    expect(json.ipVersion).toBe(4);
    expect(json.endpoints.map((e: { id: string }) => e.id)).toEqual(ENDPOINTS);
    expect(json.endpoints[0]).toEqual({ id: 'app-1', kind: 'resource', type: 'instance' });
    expect(json.pairs).toContainEqual({
      from: 'alb',
      to: 'app-1',
      tcp: '8080',
      udp: 'none',
      icmp: 'none',
      other: 'none',
    });
  });

  it('--port focuses on one port; --ip-version 6 analyses IPv6', async () => {
    const focused = await run(['matrix', scenarioFile('03-'), '--port', '22']);
    expect(focused.stdout.split('\n')[0]).toBe('Reachability matrix, IPv4, TCP port 22 (rows: from, columns: to)');
    const bastion = focused.stdout.split('\n').find((line) => line.startsWith('bastion '));
    expect(bastion?.split(/\s{2,}/)).toEqual(['bastion', '·', '✗', '✓', '✗', '✗', '✗']);
    const json = JSON.parse((await run(['matrix', alb, '--json', '--port', '80'])).stdout);
    expect(json.port).toBe(80);
    expect(json.pairs.find((p: { from: string; to: string }) => p.from === 'internet' && p.to === 'alb').tcp).toBe(
      'none',
    );
    const v6 = JSON.parse((await run(['matrix', scenarioFile('10-'), '--json', '--ip-version', '6'])).stdout);
    expect(v6.ipVersion).toBe(6);
    expect(v6.pairs).toContainEqual({
      from: 'app-1',
      to: 'internet',
      tcp: '443',
      udp: '443',
      icmp: 'none',
      other: 'none',
    });
  });

  it('an invalid document exits 1', async () => {
    const file = tempFile('bad.json', {
      format: 'vpclab',
      version: 2,
      name: 'x',
      resources: [{ id: 'v', type: 'vpc', cidrBlocks: ['10.0.0.5/16'] }],
    });
    const { code, stdout } = await run(['matrix', file]);
    expect(code).toBe(1);
    expect(stdout).toContain('host bits');
  });

  it.each([
    [['--json', '--csv'], 'matrix: choose one of --json and --csv'],
    [['--port', '0'], 'option --port must be a port from 1 to 65535'],
    [['--ip-version'], 'option --ip-version needs a value'],
    [['--ipversion', '6'], 'matrix: unknown option --ipversion'],
  ])('%j exits 2', async (args, message) => {
    const { code, stderr } = await run(['matrix', alb, ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
