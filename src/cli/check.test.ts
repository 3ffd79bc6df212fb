import { afterAll, describe, expect, it } from 'vitest';
import { batfishNatGateway } from '../engine/test-support/batfish-samples.ts';
import { loadScenarios, loadWorkedExample, scenario } from '../model/test-support/shared.ts';
import { removeTempFiles, run, scenarioFile, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

/** scenarios/README.md: every case maps one to one onto an intent. */
const casesAsIntents = (prefix: string) =>
  scenario(prefix).cases.map((c, i) => ({
    id: `case-${i + 1}`,
    from: c.from,
    to: c.to,
    protocol: c.protocol,
    ...(c.port === undefined ? {} : { port: c.port }),
    expect: c.verdict,
  }));

const EXPLANATION_KEYS = ['code', 'component', 'path', 'direction', 'message'];

describe('vpclab check', () => {
  it.each(loadScenarios().map((s) => s.file.slice(0, 3)))(
    'scenario %s: with its cases as intents, check --json passes every one (exit 0)',
    async (prefix) => {
      const { code, stdout } = await run(['check', scenarioFile(prefix, casesAsIntents(prefix)), '--json']);
      const report = JSON.parse(stdout);
      expect(Object.keys(report)).toEqual(['valid', 'errors', 'intents', 'findings']);
      expect(report.valid).toBe(true);
      expect(report.errors).toEqual([]);
      const cases = scenario(prefix).cases;
      expect(report.intents).toHaveLength(cases.length);
      report.intents.forEach(
        (intent: Record<string, unknown> & { explanations: Record<string, unknown>[] }, i: number) => {
          const c = cases[i]!;
          expect(intent).toMatchObject({
            from: c.from,
            to: c.to,
            protocol: c.protocol,
            port: c.port ?? null,
            expect: c.verdict,
            verdict: c.verdict,
            pass: true,
          });
          for (const key of ['id', 'from', 'to', 'protocol', 'port', 'expect', 'verdict', 'pass', 'explanations']) {
            expect(intent).toHaveProperty(key);
          }
          for (const explanation of intent.explanations) {
            for (const key of EXPLANATION_KEYS) expect(explanation).toHaveProperty(key);
          }
          if (c.code) expect(intent.explanations.map((e) => e['code'])).toContain(c.code);
        },
      );
      expect(code).toBe(0);
    },
  );

  it('prints a summary line and the findings; findings do not fail the check', async () => {
    const { code, stdout } = await run(['check', scenarioFile('02-')]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/02-nat-gateway\.json: OK, valid, 4 intents \(4 pass, 0 fail\), 1 finding$/);
    expect(lines.slice(1)).toEqual([
      '  warning  NAT_GATEWAY_IN_PRIVATE_SUBNET nat-misplaced',
      expect.stringMatching(/^ {11}NAT gateway "nat-misplaced" is in subnet "internal-a"/),
    ]);
  });

  it('a failing intent exits 1 and shows its principal blocker and fix', async () => {
    const intents = [
      { id: 'web', from: 'internet', to: 'alb', protocol: 'tcp', port: 443, expect: 'allowed' },
      { id: 'legacy', from: 'internet', to: 'alb-legacy', protocol: 'tcp', port: 443, expect: 'allowed' },
      { id: 'open', from: 'internet', to: 'alb', protocol: 'tcp', port: 443, expect: 'blocked' },
    ];
    const { code, stdout } = await run(['check', scenarioFile('12-', intents)]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/: FAILED, valid, 3 intents \(1 pass, 2 fail\), 0 findings$/);
    expect(lines[1]).toBe('  FAIL     legacy: internet -> alb-legacy tcp 443: expected allowed, got blocked');
    expect(lines[2]).toMatch(
      /^ {11}ENI_SG_RULES_MISMATCH at legacy-1 \(forward, ingress\): No inbound rule of sg-legacy/,
    );
    expect(lines[3]).toMatch(/^ {11}Fix: /);
    expect(lines[4]).toBe('  FAIL     open: internet -> alb tcp 443: expected blocked, got allowed');
    expect(lines[5]).toMatch(/Nothing blocks it/);

    const json = JSON.parse((await run(['check', scenarioFile('12-', intents), '--json'])).stdout);
    expect(json.intents.map((i: { pass: boolean }) => i.pass)).toEqual([true, false, false]);
    expect(json.intents[1].explanations[0].code).toBe('ENI_SG_RULES_MISMATCH');
  });

  it('a partial protocol "all" intent fails and says what passes', async () => {
    const intents = [{ id: 'everything', from: 'internet', to: 'alb', protocol: 'all', expect: 'blocked' }];
    const { code, stdout } = await run(['check', scenarioFile('12-', intents)]);
    expect(code).toBe(1);
    expect(stdout).toContain('expected blocked, got partial');
    expect(stdout).toContain('Passes: tcp 443');
  });

  it('lists ICMP and TCP/UDP on every port without empty port parts', async () => {
    const intents = [{ id: 'out', from: 'private-1', to: 'internet', protocol: 'all', expect: 'allowed' }];
    const { stdout } = await run(['check', tempFile('batfish-nat-intents.json', { ...batfishNatGateway(), intents })]);
    expect(stdout).toContain('expected allowed, got partial');
    expect(stdout).toContain('Passes: tcp all; udp all; icmp\n');
  });

  it('an invalid document exits 1 with its errors; intents are not checked', async () => {
    const document = { ...scenario('01-').document, resources: [{ id: 'web', type: 'instance', subnet: 'nope' }] };
    const file = tempFile('broken.json', document);
    const json = JSON.parse((await run(['check', file, '--json'])).stdout);
    expect(json.valid).toBe(false);
    expect(json.intents).toEqual([]);
    expect(json.errors[0]).toEqual(
      expect.objectContaining({
        resource: 'web',
        path: '$.resources[0].subnet',
        message: expect.stringContaining('"nope"'),
      }),
    );
    const text = await run(['check', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/broken\.json: invalid, \d+ errors? \(intents not checked\)/);
    expect(text.stdout).toContain('  error    web $.resources[0].subnet');
  });

  it('JSON that does not parse exits 1 with the line and column', async () => {
    const { code, stdout } = await run(['check', tempFile('syntax.json', '{ "format": "vpclab", }'), '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ valid: false, intents: [], findings: [] });
    expect(JSON.parse(stdout).errors[0].message).toMatch(/^Line 1, column/);
  });

  it('reports a warning that validation and lint share once, by lint', async () => {
    const document = {
      format: 'vpclab',
      version: 2,
      name: 'single AZ',
      resources: [
        { id: 'vpc', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
        { id: 'a', type: 'subnet', vpc: 'vpc', cidr: '10.0.1.0/24', az: 'a' },
        { id: 'db', type: 'database', engine: 'mysql', subnets: ['a'] },
      ],
      layout: { ghost: { x: 0, y: 0 } },
    };
    const { code, stdout } = await run(['check', tempFile('single-az.json', document), '--json']);
    expect(code).toBe(0);
    const findings = JSON.parse(stdout).findings;
    expect(findings.map((f: { code: string }) => f.code)).toEqual(['DB_SUBNET_GROUP_SINGLE_AZ', 'LAYOUT_UNKNOWN_ID']);
    expect(Object.keys(findings[0])).toEqual(['code', 'resource', 'severity', 'message', 'path']);
    expect(findings[1]).toMatchObject({ resource: null, severity: 'warning' });
  });

  it('checks the worked example of format.md (exit 0)', async () => {
    const { code, stdout } = await run(['check', tempFile('worked.json', loadWorkedExample())]);
    expect(stdout).toMatch(/worked\.json: OK, valid, 3 intents \(3 pass, 0 fail\), 0 findings\n$/);
    expect(code).toBe(0);
  });

  it('an intent with an unknown endpoint is a validation error (exit 1)', async () => {
    const intents = [{ id: 'ghost', from: 'nobody', to: 'alb', protocol: 'tcp', port: 443, expect: 'allowed' }];
    const { code, stdout } = await run(['check', scenarioFile('12-', intents), '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).errors[0]).toMatchObject({ resource: 'ghost', path: '$.intents[0].from' });
  });

  it.each([
    [['check'], 'check needs a file'],
    [['check', 'a.json', 'b.json'], 'check: unexpected argument "b.json"'],
    [['check', 'a.json', '--csv'], 'check: unknown option --csv'],
    [['check', '/nonexistent/a.json'], 'cannot read /nonexistent/a.json'],
  ])('%j exits 2', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
