import { aType, orList } from './labels.ts';
import { checkRepeats } from './references.ts';
import { LOAD_BALANCER_TARGET_TYPES } from './resource-kinds.ts';
import type { LoadBalancer } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/** Load balancers: one subnet per AZ, targets that can receive traffic, one listener per port. */
export function validateLoadBalancers(context: ValidationContext): void {
  for (const lb of context.index.ofType('load-balancer')) {
    checkAzs(context, lb);
    checkTargets(context, lb);
    checkListeners(context, lb);
  }
}

function checkAzs(context: ValidationContext, lb: LoadBalancer): void {
  const byAz = new Map<string, string>();
  lb.subnets.forEach((id, i) => {
    const subnet = context.index.get(id, 'subnet');
    if (!subnet) return;
    const earlier = byAz.get(subnet.az);
    if (earlier !== undefined && earlier !== id) {
      context.error(
        'LB_SUBNETS_SAME_AZ',
        lb.id,
        context.path(lb, 'subnets', i),
        `${context.name(lb)}: subnets "${earlier}" and "${id}" are both in AZ "${subnet.az}", but a load balancer takes at most one subnet per AZ. Keep one of them.`,
      );
    } else {
      byAz.set(subnet.az, id);
    }
  });
}

function checkTargets(context: ValidationContext, lb: LoadBalancer): void {
  checkRepeats(context, lb, 'targets', lb.targets);
  const allowed = 'an instance, a database or an interface VPC endpoint';
  lb.targets.forEach((id, i) => {
    const path = context.path(lb, 'targets', i);
    const target = context.index.byId.get(id);
    if (!target) {
      context.error(
        'REFERENCE_MISSING',
        lb.id,
        path,
        `${context.name(lb)}: target "${id}" does not exist. Pick ${allowed}, or remove the target.`,
      );
      return;
    }
    const typeAllowed = (LOAD_BALANCER_TARGET_TYPES as readonly string[]).includes(target.type);
    if (!typeAllowed || (target.type === 'vpc-endpoint' && target.kind !== 'interface')) {
      const what = target.type === 'vpc-endpoint' ? 'a gateway VPC endpoint' : aType(target.type);
      context.error(
        'REFERENCE_WRONG_TYPE',
        lb.id,
        path,
        `${context.name(lb)}: target "${id}" is ${what}, but targets must be ${orList(['an instance', 'a database', 'an interface VPC endpoint'])}. Pick one of those.`,
      );
    }
  });
}

function checkListeners(context: ValidationContext, lb: LoadBalancer): void {
  const ports = new Map<string, number>();
  lb.listeners.forEach((listener, i) => {
    // tcp_udp shares its port with both; tcp-like protocols share the TCP port space.
    const spaces = listener.protocol === 'udp' ? ['udp'] : listener.protocol === 'tcp_udp' ? ['tcp', 'udp'] : ['tcp'];
    for (const space of spaces) {
      const key = `${space}/${listener.port}`;
      const earlier = ports.get(key);
      if (earlier !== undefined) {
        context.error(
          'LB_LISTENER_DUPLICATE_PORT',
          lb.id,
          context.path(lb, 'listeners', i, 'port'),
          `${context.name(lb)}: listeners[${earlier}] and listeners[${i}] both listen on ${space.toUpperCase()} port ${listener.port}. Keep one listener per port.`,
        );
        return;
      }
      ports.set(key, i);
    }
  });
}
