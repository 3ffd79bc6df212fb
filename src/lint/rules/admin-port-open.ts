import { parsePorts, parseProtocol, PROTOCOL } from '../../net/index.ts';
import { finding } from '../finding.ts';
import type { Finding, LintRule } from '../types.ts';

/** The remote administration ports (SSH, RDP) that must never face the whole internet. */
const ADMIN_PORTS = [{ port: 22 }, { port: 3389 }] as const;

/**
 * SSH or RDP open to 0.0.0.0/0 or ::/0 in an inbound rule. A rule for every protocol, or a port
 * range that covers 22 or 3389, counts: it opens the port just the same.
 */
export const adminPortOpenToWorld: LintRule = {
  codes: ['SG_ADMIN_PORT_OPEN_TO_WORLD'],
  check(context) {
    const findings: Finding[] = [];
    for (const { resource: group, position } of context.resources('security-group')) {
      group.inbound.forEach((rule, i) => {
        if (rule.cidr === undefined || context.cidr(rule.cidr)?.prefix !== 0) return;
        const protocol = parseProtocol(rule.protocol);
        if (!protocol.ok || (protocol.value !== PROTOCOL.tcp && protocol.value !== PROTOCOL.all)) return;
        const ports = parsePorts(rule.ports);
        if (!ports.ok) return;
        const open = ADMIN_PORTS.filter(({ port }) => ports.value.from <= port && port <= ports.value.to);
        if (open.length === 0) return;
        findings.push(
          finding({
            code: 'SG_ADMIN_PORT_OPEN_TO_WORLD',
            resource: group.id,
            severity: 'warning',
            path: context.path(position, 'inbound', i),
            params: { group: group.id, ports: open.map((p) => p.port), cidr: rule.cidr, rule: i + 1 },
          }),
        );
      });
    }
    return findings;
  },
};
