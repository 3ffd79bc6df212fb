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
import { currentT } from '../../i18n/use-t.ts';

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
    if (text === '') return currentT()('inspector:checks.idRequired');
    if (text.includes('/')) return currentT()('inspector:checks.idSlash');
    if (!ID_PATTERN.test(text)) return currentT()('inspector:checks.idPattern');
    if (text !== current && document.resources.some((r) => r.id === text))
      return currentT()('inspector:checks.idTaken', { id: text });
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
    if (text === '') return rules.optional ? null : currentT()('inspector:checks.cidrRequired');
    const result = parseCidr(text);
    if (!result.ok) return capitalise(result.error) + '.';
    const block = result.value;
    if (rules.version !== undefined && block.version !== rules.version) {
      return rules.version === 4
        ? currentT()('inspector:checks.mustBeIpv4Block')
        : currentT()('inspector:checks.mustBeIpv6Block');
    }
    const { minPrefix, maxPrefix } = rules;
    if (minPrefix !== undefined && maxPrefix !== undefined && (block.prefix < minPrefix || block.prefix > maxPrefix)) {
      return minPrefix === maxPrefix
        ? currentT()('inspector:checks.mustBePrefix', { prefix: minPrefix, actual: block.prefix })
        : currentT()('inspector:checks.prefixRange', { actual: block.prefix, min: minPrefix, max: maxPrefix });
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
    if (text === '' || text === 'all') return options.optional ? null : currentT()('inspector:checks.portRequired');
    const result = parsePorts(text);
    return result.ok ? null : capitalise(result.error) + '.';
  };
}

/** A single TCP/UDP port 1-65535 (listeners, database port); empty allowed when optional. */
export function checkPort(options: { readonly optional?: boolean } = {}): Check {
  return (text) => {
    if (text === '') return options.optional ? null : currentT()('inspector:checks.portRequired');
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535)
      return currentT()('inspector:checks.portRange');
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
    if (text === '') return options.optional ? null : currentT()('inspector:checks.addressRequired');
    const result = parseAddress(text);
    if (!result.ok || result.value.version !== 4) return currentT()('inspector:checks.notIpv4', { text });
    if (options.within && !cidrContainsAddress(options.within, result.value)) {
      return currentT()('inspector:checks.outsideSubnet', { text, cidr: formatCidr(options.within) });
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
      return currentT()('inspector:checks.ruleNumberRange');
    if (taken.includes(Number(text))) return currentT()('inspector:checks.ruleTaken', { rule: text });
    return null;
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
