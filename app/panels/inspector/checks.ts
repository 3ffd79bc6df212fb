import { ID_PATTERN, type VpcLabDocument } from '../../../src/model/index.ts';
import {
  cidrContains,
  cidrContainsAddress,
  formatCidr,
  parseAddress,
  parseCidr,
  parsePorts,
  parseProtocol,
  type Cidr,
} from '../../../src/net/index.ts';

/**
 * Checks run on every keystroke. Each returns the reason a text cannot be applied, or null when it
 * can. They only judge what one field can know; cross-resource rules (overlaps, references) come
 * from validateDocument after the edit is applied.
 */
export type Check = (text: string) => string | null;

/** AWS allows at most five security groups per network interface (the model's limit, re-exported for the fields). */
export { MAX_SECURITY_GROUPS } from '../../../src/model/index.ts';

/** A new id: the format's id syntax, and not taken by another resource. */
export function checkId(document: VpcLabDocument, current: string): Check {
  return (text) => {
    if (text === '') return 'An id is required.';
    if (text.includes('/')) return 'An id cannot contain "/" (such ids are reserved for implicit resources).';
    if (!ID_PATTERN.test(text)) return 'Use 1-64 letters, digits, "-", "_" or ".".';
    if (text !== current && document.resources.some((r) => r.id === text)) return `The id "${text}" is already taken.`;
    return null;
  };
}

/** What a CIDR field accepts beyond valid syntax. */
export interface CidrRules {
  readonly version?: 4 | 6;
  readonly minPrefix?: number;
  readonly maxPrefix?: number;
  /** The block must lie inside one of these (a subnet inside its VPC); ignored when empty. */
  readonly within?: readonly Cidr[];
  readonly withinLabel?: string;
  /** An empty text is allowed (the field is optional and clearing removes it). */
  readonly optional?: boolean;
}

/** A CIDR block: syntax and host bits (parseCidr), IP version, size, and containment. */
export function checkCidr(rules: CidrRules = {}): Check {
  return (text) => {
    if (text === '') return rules.optional ? null : 'A CIDR block is required, like 10.0.0.0/16.';
    const result = parseCidr(text);
    if (!result.ok) return capitalise(result.error) + '.';
    const block = result.value;
    if (rules.version !== undefined && block.version !== rules.version) {
      return rules.version === 4 ? 'This must be an IPv4 block, like 10.0.0.0/16.' : 'This must be an IPv6 block.';
    }
    const { minPrefix, maxPrefix } = rules;
    if (minPrefix !== undefined && maxPrefix !== undefined && (block.prefix < minPrefix || block.prefix > maxPrefix)) {
      return minPrefix === maxPrefix
        ? `This must be a /${minPrefix}, not a /${block.prefix}.`
        : `A /${block.prefix} is not allowed here; use a size from /${minPrefix} to /${maxPrefix}.`;
    }
    const within = rules.within ?? [];
    if (within.length > 0 && !within.some((outer) => cidrContains(outer, block))) {
      return `${text} is outside ${rules.withinLabel ?? 'the VPC'} (${within.map(formatCidr).join(', ')}).`;
    }
    return null;
  };
}

/** Port text as the format writes it ("22", "1024-65535"); empty means all ports when allowed. */
export function checkPorts(options: { readonly optional?: boolean } = {}): Check {
  return (text) => {
    if (text === '' || text === 'all') return options.optional ? null : 'A port is required, like 443.';
    const result = parsePorts(text);
    return result.ok ? null : capitalise(result.error) + '.';
  };
}

/** A single TCP/UDP port 1-65535 (listeners, database port); empty allowed when optional. */
export function checkPort(options: { readonly optional?: boolean } = {}): Check {
  return (text) => {
    if (text === '') return options.optional ? null : 'A port is required, like 443.';
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) return 'Use a port from 1 to 65535.';
    return null;
  };
}

/** A protocol name or IANA number. */
export const checkProtocol: Check = (text) => {
  const result = parseProtocol(text);
  return result.ok ? null : capitalise(result.error) + '.';
};

/** An IPv4 address, optionally inside a block (an instance's private IP in its subnet). */
export function checkIpv4(options: { readonly optional?: boolean; readonly within?: Cidr | undefined } = {}): Check {
  return (text) => {
    if (text === '') return options.optional ? null : 'An address is required, like 10.0.1.10.';
    const result = parseAddress(text);
    if (!result.ok || result.value.version !== 4) return `"${text}" is not an IPv4 address (like 10.0.1.10).`;
    if (options.within && !cidrContainsAddress(options.within, result.value)) {
      return `${text} is outside the subnet (${formatCidr(options.within)}).`;
    }
    return null;
  };
}

/** A non-empty free text (AZ, service). */
export function checkRequired(what: string): Check {
  return (text) => (text === '' ? `${capitalise(what)} is required.` : null);
}

/** A NACL rule number 1-32766, unique among the other rules of its direction. */
export function checkRuleNumber(taken: readonly number[]): Check {
  return (text) => {
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 32766)
      return 'Use a rule number from 1 to 32766.';
    if (taken.includes(Number(text))) return `Rule ${text} already exists in this direction.`;
    return null;
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
