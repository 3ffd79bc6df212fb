import { hasPorts, parsePorts, parseProtocol } from '../net/index.ts';
import type { PathSegment } from './issues.ts';
import type { Protocol } from './schema.ts';
import type { Resource } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/**
 * Checks a rule's `ports` against its protocol: only TCP and UDP have ports, and the text must
 * be a port or an ascending range. Shared by NACL and security group rules.
 */
export function checkRulePorts(
  context: ValidationContext,
  owner: Resource,
  segments: PathSegment[],
  label: string,
  protocol: Protocol,
  ports: string | undefined,
): void {
  if (ports === undefined) return;
  const path = context.path(owner, ...segments, 'ports');
  const number = parseProtocol(protocol);
  if (number.ok && !hasPorts(number.value)) {
    context.error(
      'PORTS_NOT_ALLOWED',
      owner.id,
      path,
      `${context.name(owner)}: ${label} has protocol ${protocol} with ports "${ports}", but only tcp and udp rules have ports. Remove "ports" or change the protocol.`,
    );
    return;
  }
  const parsed = parsePorts(ports);
  if (!parsed.ok) {
    context.error('PORTS_INVALID', owner.id, path, `${context.name(owner)}: ${label}: ports ${parsed.error}.`);
  }
}
