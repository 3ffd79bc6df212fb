/** The wording used when translating zod issues: per-field codes and hints, type names, values. */

/** Fields whose problems get their own code and hint, whatever zod said. */
export const FIELD_RULES: Readonly<Record<string, { code: string; hint: string }>> = {
  rule: { code: 'NACL_RULE_NUMBER_INVALID', hint: 'Use a whole rule number from 1 to 32766.' },
  port: { code: 'PORT_INVALID', hint: 'Use a whole port number from 1 to 65535.' },
  targetPort: { code: 'PORT_INVALID', hint: 'Use a whole port number from 1 to 65535.' },
  protocol: { code: 'PROTOCOL_INVALID', hint: 'Use tcp, udp, icmp, icmpv6, all, or an IANA protocol number 0-255.' },
  prefixList: { code: 'PREFIX_LIST_INVALID', hint: 'Use "s3", "dynamodb" or the id of a prefix list.' },
  ipVersion: { code: 'IP_VERSION_INVALID', hint: 'Use 4 or 6, or leave it out.' },
  target: { code: 'ROUTE_TARGET_INVALID', hint: 'Use the id of a gateway, connection or instance, or "blackhole".' },
  attachment: {
    code: 'TGW_ROUTE_ATTACHMENT_INVALID',
    hint: 'Use an attached VPC id, an on-premises id or "blackhole".',
  },
};

/** What to write for a missing field, where an example helps. */
export const MISSING_HINTS: Readonly<Record<string, string>> = {
  id: 'a unique id like "web-1"',
  name: 'a name for the document',
  resources: 'a list of resources; [] for none',
  cidr: 'a CIDR block like 10.0.1.0/24',
  cidrBlocks: 'a list of IPv4 blocks like ["10.0.0.0/16"]',
  cidrs: 'a list of CIDR blocks like ["192.168.0.0/16"]',
  destination: 'a CIDR block like 0.0.0.0/0',
  vpc: 'the id of a VPC',
  subnet: 'the id of a subnet',
  subnets: 'a list of subnet ids',
  az: 'an availability zone like "a"',
  routes: 'a list of routes; [] for none',
  inbound: 'a list of rules; [] for none',
  outbound: 'a list of rules; [] for none',
  listeners: 'a list of listeners; [] for none',
  targets: 'a list of target ids; [] for none',
  routeTables: 'a list of route table ids; [] for none',
  attachments: 'a list of attachments; [] for none',
  x: 'a number',
  y: 'a number',
};

export const ID_HINT = 'Ids use 1-64 letters, digits, "-", "_" or "."';

/** How a message names the type zod expected. */
export function expectedText(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    default:
      return expected;
  }
}

/** A value as a message shows it: strings quoted, objects summarised. */
export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
