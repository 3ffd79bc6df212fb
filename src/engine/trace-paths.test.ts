import { describe, expect, it } from 'vitest';
import { indexDocument, validateDocument, type VpcLabDocument } from '../model/index.ts';
import { loadScenarios } from '../model/test-support/shared.ts';
import { compileDocument } from './compile/index.ts';
import { traceFlow } from './trace.ts';
import { forwardBlocked, traceRoutes } from './trace-paths.ts';
import type { FlowQuery } from './types.ts';

const scenario = (file: string): VpcLabDocument => {
  const found = loadScenarios().find((s) => s.file === file);
  const document = found && validateDocument(found.document).document;
  if (!document) throw new Error(`no valid scenario ${file}`);
  return document;
};

/** The routes of one trace on a shared scenario, as the page computes them from the worker's reply. */
function routesOf(file: string, query: FlowQuery) {
  const document = scenario(file);
  const index = indexDocument(document);
  const outcome = traceFlow(compileDocument(document, index), index, query);
  if (!outcome.ok) throw new Error(outcome.error);
  // What crosses the worker boundary is plain JSON.
  const result = JSON.parse(JSON.stringify(outcome.result)) as typeof outcome.result;
  return { result, routes: traceRoutes(index, result) };
}

const brief = (routes: ReturnType<typeof traceRoutes>) =>
  routes.map((r) => ({
    path: r.path,
    ...(r.leg === undefined ? {} : { leg: r.leg }),
    stops: r.stops,
    ...(r.blockedAt === undefined ? {} : { blockedAt: r.blockedAt, code: r.code }),
  }));

describe('traceRoutes (a trace as the canvas draws it)', () => {
  it('an allowed flow goes there through the gateway and subnet and comes back the same way', () => {
    const { routes } = routesOf('01-public-private-subnets.json', {
      from: 'internet',
      to: 'web-1',
      protocol: 'tcp',
      port: 443,
    });
    expect(brief(routes)).toEqual([
      { path: 'forward', stops: ['internet', 'igw', 'public-a', 'web-1'] },
      { path: 'return', stops: ['web-1', 'public-a', 'igw', 'internet'] },
    ]);
  });

  it('a flow blocked on the way there stops at the blocker with its code, and has no return path', () => {
    const { result, routes } = routesOf('01-public-private-subnets.json', {
      from: 'internet',
      to: 'app-1',
      protocol: 'tcp',
      port: 443,
    });
    expect(forwardBlocked(result)).toBe(true);
    expect(brief(routes)).toEqual([
      { path: 'forward', stops: ['internet', 'igw'], blockedAt: 'igw', code: 'IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS' },
    ]);
  });

  it('a NACL that drops the request is drawn on the subnet it guards, and the line stops there', () => {
    const { routes } = routesOf('05-nacl-return-traffic.json', {
      from: 'client-2',
      to: 'server-1',
      protocol: 'tcp',
      port: 443,
    });
    expect(brief(routes)).toEqual([
      {
        path: 'forward',
        stops: ['client-2', 'good-a', 'good-b'],
        blockedAt: 'good-b',
        code: 'SUBNET_ACL_RESTRICTION',
      },
    ]);
  });

  it('a reply blocked on the way back: the forward path reaches the server, the return path stops at the blocker', () => {
    const { routes } = routesOf('05-nacl-return-traffic.json', {
      from: 'bad-client',
      to: 'bad-server',
      protocol: 'tcp',
      port: 443,
    });
    expect(brief(routes)).toEqual([
      { path: 'forward', stops: ['bad-client', 'bad-a', 'bad-b', 'bad-server'] },
      { path: 'return', stops: ['bad-server', 'bad-b'], blockedAt: 'bad-b', code: 'SUBNET_ACL_RESTRICTION' },
    ]);
  });

  it('a partial verdict reaches the far end and marks where the other protocols are dropped', () => {
    const { routes } = routesOf('02-nat-gateway.json', { from: 'app-a', to: 'internet', protocol: 'all' });
    const [forward, back] = routes;
    expect(forward?.stops[0]).toBe('app-a');
    expect(forward?.stops.at(-1)).toBe('internet');
    expect(forward?.stops).toContain('nat-a');
    expect(forward?.blockedAt).toBe('nat-a');
    expect(forward?.code).toBe('NGW_PROTOCOL_RESTRICTION');
    expect(back?.path).toBe('return');
    expect(back?.stops.at(-1)).toBe('app-a');
  });

  it("a balancer's target refusing it is marked on the target (the leg), not on the balancer", () => {
    const { routes } = routesOf('12-alb-private-targets.json', {
      from: 'internet',
      to: 'alb-legacy',
      protocol: 'tcp',
      port: 443,
    });
    const [main, ...legs] = routes;
    expect(main).toMatchObject({ path: 'forward', stops: ['internet', 'igw', 'public-a', 'alb-legacy'] });
    expect(main?.blockedAt).toBeUndefined();
    const leg = legs.find((r) => r.leg === 0 && r.path === 'forward');
    expect(leg?.stops[0]).toBe('alb-legacy');
    expect(leg?.blockedAt).toBe('legacy-1');
    expect(leg?.code).toBe('ENI_SG_RULES_MISMATCH');
  });

  it('places every hop of the lists where it is drawn (a NACL on its subnet), for the hop highlight', () => {
    const { result, routes } = routesOf('01-public-private-subnets.json', {
      from: 'internet',
      to: 'web-1',
      protocol: 'tcp',
      port: 443,
    });
    const forward = routes[0];
    expect(forward?.hopStops).toHaveLength(result.forward.length);
    expect(forward?.hopStops).toEqual(['igw', 'public-a', 'web-1', 'web-1']);
  });

  it('survives JSON (the overlay and the exporter read it as plain data)', () => {
    const { routes } = routesOf('06-peering-not-transitive.json', {
      from: 'app-a1',
      to: 'app-c1',
      protocol: 'tcp',
      port: 443,
    });
    expect(JSON.parse(JSON.stringify(routes))).toEqual(routes);
    expect(routes.map((r) => r.path)).toEqual(['forward']);
    expect(routes[0]?.blockedAt).toBe('pcx-ab');
  });
});
