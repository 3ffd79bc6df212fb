import { planRoute, planRule, type RoutePlan } from '../../../src/edit/index.ts';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import type { DiagramNodeData } from '../diagram-types.ts';

/** What a drawn connection between two nodes would do, or why it cannot be drawn. */
export type Verdict =
  | {
      readonly ok: true;
      readonly kind: 'route';
      readonly subnet: string;
      readonly target: string;
      readonly plan: RoutePlan;
    }
  | {
      readonly ok: true;
      readonly kind: 'rule';
      readonly source: string;
      readonly target: string;
      readonly ports: readonly string[];
    }
  /** `code` names the reason (connect:refused.<code>); `itself` is a line back onto its own node, said nothing of. */
  | { readonly ok: false; readonly code: string; readonly source: string; readonly target: string };

/** The node types a connection starts from: a subnet draws routes, the others draw rules. */
export const CONNECT_SOURCES: ReadonlySet<string> = new Set([
  'subnet',
  'instance',
  'database',
  'lambda',
  'load-balancer',
]);

/** The node types a connection may end on (the verdict says whether it means anything). */
export const CONNECT_TARGETS: ReadonlySet<string> = new Set([
  'internet-gateway',
  'nat-gateway',
  'egress-only-internet-gateway',
  'vpn-gateway',
  'transit-gateway',
  'peering-connection',
  'vpc',
  'subnet',
  'instance',
  'database',
  'lambda',
  'load-balancer',
  'internet',
]);

type End = Pick<DiagramNodeData, 'resourceId' | 'type'>;

let cache: { document: VpcLabDocument; key: string; verdict: Verdict } | undefined;

/**
 * Judges a drawn connection. Asked on every pointer move while drawing, so the last answer is
 * kept. A subnet drawn to the Internet means its VPC's internet gateway; to a subnet of another
 * VPC, that VPC (through their peering connection).
 */
export function connectionVerdict(document: VpcLabDocument, from: End, to: End): Verdict {
  const key = `${from.type}:${from.resourceId}>${to.type}:${to.resourceId}`;
  if (cache?.document === document && cache.key === key) return cache.verdict;
  const verdict = judge(document, from, to);
  cache = { document, key, verdict };
  return verdict;
}

function judge(document: VpcLabDocument, from: End, to: End): Verdict {
  const source = from.resourceId;
  const refuse = (code: string, target = to.resourceId): Verdict => ({ ok: false, code, source, target });
  if (from.type === to.type && source === to.resourceId) return refuse('itself');
  if (from.type === 'subnet') {
    let target = to.resourceId;
    if (to.type === 'internet') {
      const subnet = document.resources.find((r) => r.id === source && r.type === 'subnet');
      const igw = document.resources.find(
        (r) => r.type === 'internet-gateway' && subnet?.type === 'subnet' && r.vpc === subnet.vpc,
      );
      if (!igw) return refuse('no-internet-gateway');
      target = igw.id;
    } else if (to.type === 'subnet') {
      const subnets = document.resources.filter((r) => r.type === 'subnet');
      const there = subnets.find((r) => r.id === target);
      const here = subnets.find((r) => r.id === source);
      if (there?.type !== 'subnet' || here?.type !== 'subnet') return refuse('not-a-route-target');
      if (there.vpc === here.vpc) return refuse('same-vpc-subnet');
      target = there.vpc;
    }
    const planned = planRoute(document, source, target);
    return planned.ok
      ? { ok: true, kind: 'route', subnet: source, target, plan: planned.plan }
      : refuse(planned.refusal, target);
  }
  if (to.type === 'internet') return refuse('not-a-rule-target');
  const planned = planRule(document, source, to.resourceId);
  return planned.ok
    ? { ok: true, kind: 'rule', source, target: to.resourceId, ports: planned.ports }
    : refuse(planned.refusal);
}
