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
import { currentMessages } from '../../i18n/use-messages.ts';

/** The refusal reasons in the current language (read at check time: checks run while rendering). */
const say = () => currentMessages().checks;

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
    if (text === '') return say().idRequired;
    if (text.includes('/')) return say().idSlash;
    if (!ID_PATTERN.test(text)) return say().idPattern;
    if (text !== current && document.resources.some((r) => r.id === text)) return say().idTaken(text);
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
    if (text === '') return rules.optional ? null : say().cidrRequired;
    const result = parseCidr(text);
    if (!result.ok) return capitalise(result.error) + '.';
    const block = result.value;
    if (rules.version !== undefined && block.version !== rules.version) {
      return rules.version === 4 ? say().mustBeIpv4Block : say().mustBeIpv6Block;
    }
    const { minPrefix, maxPrefix } = rules;
    if (minPrefix !== undefined && maxPrefix !== undefined && (block.prefix < minPrefix || block.prefix > maxPrefix)) {
      return minPrefix === maxPrefix
        ? say().mustBePrefix(minPrefix, block.prefix)
        : say().prefixRange(block.prefix, minPrefix, maxPrefix);
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
    if (text === '' || text === 'all') return options.optional ? null : say().portRequired;
    const result = parsePorts(text);
    return result.ok ? null : capitalise(result.error) + '.';
  };
}

/** A single TCP/UDP port 1-65535 (listeners, database port); empty allowed when optional. */
export function checkPort(options: { readonly optional?: boolean } = {}): Check {
  return (text) => {
    if (text === '') return options.optional ? null : say().portRequired;
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) return say().portRange;
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
    if (text === '') return options.optional ? null : say().addressRequired;
    const result = parseAddress(text);
    if (!result.ok || result.value.version !== 4) return say().notIpv4(text);
    if (options.within && !cidrContainsAddress(options.within, result.value)) {
      return say().outsideSubnet(text, formatCidr(options.within));
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
    if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 32766) return say().ruleNumberRange;
    if (taken.includes(Number(text))) return say().ruleTaken(text);
    return null;
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
