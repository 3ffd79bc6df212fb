import { afterAll, describe, expect, it } from 'vitest';
import { batfishNatGateway, batfishPublicSubnet } from '../engine/test-support/batfish-samples.ts';
import { scenario } from '../model/test-support/shared.ts';
import { removeTempFiles, run, scenarioFile, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

describe('vpclab trace', () => {
  const alb = scenarioFile('12-');

  it('exits 0 for an allowed flow and prints the verdict, the flow and both paths', async () => {
    const { code, stdout, stderr } = await run(['trace', alb, '--from', 'internet', '--to', 'alb', '--port', '443']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('ALLOWED: internet -> alb, tcp port 443, IPv4');
    expect(lines[1]).toMatch(/^Flow: 203\.0\.113\.10:32768-65535 -> [\d.]+:443$/);
    expect(stdout).toContain('Forward path:\n  #  component');
    expect(stdout).toMatch(/rule\/route +header src -> dst +note/);
    expect(stdout).toContain('Return path:');
    expect(stdout).toContain('Load balancer legs:');
    expect(stdout).toContain('    ALLOWED: alb -> app-1, tcp port 8080, IPv4');
    expect(stdout).not.toContain('Explanations');
    // No trailing spaces anywhere: the output is meant to be diffed.
    expect(lines.filter((line) => line !== line.trimEnd())).toEqual([]);
  });

  it('exits 1 for a blocked flow and explains every blocker with its fix', async () => {
    const { code, stdout } = await run(['trace', alb, '--from', 'internet', '--to', 'alb-legacy', '--port', '443']);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('BLOCKED: internet -> alb-legacy, tcp port 443, IPv4');
    expect(stdout).toContain(
      'Explanations (the first is the principal blocker):\n  1. ENI_SG_RULES_MISMATCH at legacy-1 (forward, ingress)',
    );
    expect(stdout).toMatch(/\n {5}Fix: Add an inbound rule to sg-legacy/);
    expect(stdout).toContain('    BLOCKED: alb-legacy -> legacy-1, tcp port 8080, IPv4');
  });

  it('names the deciding rule of each hop', async () => {
    const { stdout } = await run([
      'trace',
      alb,
      '--from',
      'internet',
      '--to',
      'alb',
      '--protocol',
      'tcp',
      '--port',
      '443',
    ]);
    expect(stdout).toContain('sg-alb in rule 1');
    expect(stdout).toContain('rt-public 0.0.0.0/0 -> igw');
    expect(stdout).toMatch(/vpc-main\/default-acl (in|out) #100/);
  });

  it('exits 1 for a partial protocol "all" flow and lists what passes', async () => {
    const { code, stdout } = await run(['trace', alb, '--from', 'internet', '--to', 'alb', '--protocol', 'all']);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('PARTIAL: internet -> alb, all protocols, IPv4');
    expect(stdout).toContain('Passes: tcp 443');
  });

  it('lists what passes of protocol "all" without empty port parts', async () => {
    const file = tempFile('batfish-nat.json', batfishNatGateway());
    const { code, stdout } = await run(['trace', file, '--from', 'private-1', '--to', 'internet', '--protocol', 'all']);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('PARTIAL: private-1 -> internet, all protocols, IPv4');
    expect(stdout).toContain('\nPasses: tcp all; udp all; icmp\n');
    expect(stdout).toContain('1. NGW_PROTOCOL_RESTRICTION at nat (forward, ingress)');
    const open = await run(['trace', file, '--from', 'jump', '--to', 'internet', '--protocol', 'all']);
    expect(open.stdout).toContain('\nPasses: tcp all; udp all; icmp; other\n');
  });

  it('protocol 107 through a NAT gateway is blocked there, in text and JSON', async () => {
    const file = tempFile('batfish-nat.json', batfishNatGateway());
    const args = ['trace', file, '--from', 'private-1', '--to', 'internet:8.8.8.8', '--protocol', '107'];
    const text = await run(args);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toBe('BLOCKED: private-1 -> internet:8.8.8.8, 107, IPv4');
    expect(text.stdout).toContain('NGW_PROTOCOL_RESTRICTION at nat');
    const json = JSON.parse((await run([...args, '--json'])).stdout);
    expect(json.verdict).toBe('blocked');
    expect(json.explanations.map((e: { code: string }) => e.code)).toEqual(['NGW_PROTOCOL_RESTRICTION']);
  });

  it('a bare private address is that address: the internet cannot reach it', async () => {
    const file = tempFile('batfish-public.json', batfishPublicSubnet());
    const args = ['trace', file, '--from', 'internet:8.8.8.8', '--to', '10.0.0.91', '--port', '22'];
    const text = await run(args);
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toBe('BLOCKED: internet:8.8.8.8 -> 10.0.0.91, tcp port 22, IPv4');
    expect(text.stdout.split('\n')[1]).toBe('Flow: 8.8.8.8:32768-65535 -> 10.0.0.91:22');
    expect(text.stdout).toContain('1. IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS at igw (forward, ingress)');
    const json = JSON.parse((await run([...args, '--json'])).stdout);
    expect(json.verdict).toBe('blocked');
    expect(json.flow.destination).toBe('10.0.0.91');
    expect(json.explanations[0].code).toBe('IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS');
  });

  it('--json prints the TraceResult', async () => {
    const { code, stdout } = await run([
      'trace',
      alb,
      '--from',
      'internet',
      '--to',
      'alb-legacy',
      '--port',
      '443',
      '--json',
    ]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['verdict', 'flow', 'forward', 'return', 'explanations', 'legs']);
    expect(result.verdict).toBe('blocked');
    expect(result.flow).toMatchObject({
      from: 'internet',
      to: 'alb-legacy',
      ipVersion: 4,
      protocol: 'tcp',
      destinationPort: '443',
    });
    expect(result.explanations[0]).toMatchObject({
      code: 'ENI_SG_RULES_MISMATCH',
      component: 'legacy-1',
      path: 'forward',
    });
    expect(result.forward[0]).toHaveProperty('header.source', '203.0.113.10');
  });

  it('traces IPv6 and ICMP', async () => {
    const file = scenarioFile('10-');
    const out = await run(['trace', file, '--from', 'app-1', '--to', 'internet:2600:1f18::10', '--port', '443']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('IPv6');
    expect(out.stdout).toMatch(/\[2600:1f18::10\]:443/);
    const icmp = await run(['trace', scenarioFile('02-'), '--from', 'app-a', '--to', 'internet', '--protocol', 'icmp']);
    expect(icmp.code).toBe(0);
    expect(icmp.stdout.split('\n')[0]).toBe('ALLOWED: app-a -> internet, icmp, IPv4');
  });

  it('reads the document from standard input with "-"', async () => {
    const stdin = JSON.stringify(scenario('12-').document);
    const { code } = await run(['trace', '-', '--from', 'internet', '--to', 'alb', '--port', '443'], stdin);
    expect(code).toBe(0);
  });

  it('an invalid document prints its errors and exits 1', async () => {
    const file = tempFile('invalid.json', {
      format: 'vpclab',
      version: 2,
      name: 'x',
      resources: [{ id: 'i', type: 'instance', subnet: 'nope' }],
    });
    const { code, stdout } = await run(['trace', file, '--from', 'i', '--to', 'internet', '--port', '443']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/invalid\.json: 1 error/);
    expect(stdout).toContain('"nope"');
  });

  it.each([
    [['--to', 'alb', '--port', '443'], 'trace needs --from'],
    [['--from', 'internet', '--port', '443'], 'trace needs --to'],
    [['--from', 'internet', '--to', 'alb', '--prot', 'tcp'], 'trace: unknown option --prot'],
    [['--from', 'internet', '--to', 'alb', '--port'], 'trace: option --port needs a value'],
    [['--from', '--to', 'alb', '--port', '443'], 'trace: option --from needs a value'],
    [['--from', 'internet', '--to', 'alb', '--port', '443', '--json=yes'], 'trace: option --json takes no value'],
    [['--from', 'internet', '--to', 'alb', '--port', '70000'], 'option --port must be a port from 1 to 65535'],
    [['--from', 'internet', '--to', 'alb', '--port', '443', '--ip-version', '5'], 'option --ip-version must be 4 or 6'],
    [['--from', 'internet', '--to', 'alb', '--protocol', 'sctp'], 'option --protocol must be'],
    [['--from', 'internet', '--to', 'alb'], 'protocol tcp needs --port'],
    [['--from', 'internet', '--to', 'alb', '--protocol', 'icmp', '--port', '1'], 'option --port does not apply'],
    [['--from', 'internet', '--to', 'nope', '--port', '443'], 'trace: --to: "nope" is neither a resource id'],
    [['--from', 'igw', '--to', 'alb', '--port', '443'], 'trace: --from: "igw" is an internet gateway'],
  ])('bad usage %j exits 2 naming the problem', async (args, message) => {
    const { code, stdout, stderr } = await run(['trace', alb, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('an unreadable file or a missing file argument exits 2', async () => {
    const missing = await run(['trace', '/nonexistent/design.json', '--from', 'a', '--to', 'b', '--port', '1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/design.json: no such file');
    const none = await run(['trace', '--from', 'a', '--to', 'b', '--port', '1']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('trace needs a file');
  });
});
