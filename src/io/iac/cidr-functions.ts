import { cidr4, cidr6, formatCidr, parseCidr, type Cidr } from '../../net/index.ts';

/**
 * The CIDR functions of CloudFormation (`Fn::Cidr`) and Terraform (`cidrsubnet`), evaluated
 * statically: both are pure arithmetic on their arguments. Each returns a sentence instead of
 * a value when the arguments do not describe blocks inside the given one.
 */

function width(block: Cidr): number {
  return block.version === 4 ? 32 : 128;
}

function nth(block: Cidr, prefix: number, index: number): string {
  const size = width(block) - prefix;
  if (block.version === 4) return formatCidr(cidr4((block.first + index * 2 ** size) >>> 0, prefix));
  return formatCidr(cidr6(block.first + (BigInt(index) << BigInt(size)), prefix));
}

/** `Fn::Cidr [ipBlock, count, cidrBits]`: `count` consecutive blocks of `cidrBits` host bits. */
export function fnCidr(ipBlock: string, count: number, cidrBits: number): string[] | string {
  const block = parseCidr(ipBlock);
  if (!block.ok) return block.error;
  const prefix = width(block.value) - cidrBits;
  if (!Number.isInteger(count) || count < 1 || count > 256) return `count ${count} is not 1 to 256`;
  if (!Number.isInteger(cidrBits) || prefix < block.value.prefix || cidrBits < 0)
    return `${cidrBits} host bits do not fit in ${ipBlock}`;
  if (count > 2 ** Math.min(prefix - block.value.prefix, 30)) return `${ipBlock} holds fewer than ${count} such blocks`;
  return Array.from({ length: count }, (_, index) => nth(block.value, prefix, index));
}

/** Terraform `cidrsubnet(prefix, newbits, netnum)`. */
export function cidrSubnet(ipBlock: string, newBits: number, netNum: number): string {
  const block = parseCidr(ipBlock);
  if (!block.ok) throw new Error(block.error);
  const prefix = block.value.prefix + newBits;
  if (!Number.isInteger(newBits) || newBits < 0 || prefix > width(block.value))
    throw new Error(`cannot extend ${ipBlock} by ${newBits} bits`);
  if (!Number.isInteger(netNum) || netNum < 0 || netNum >= 2 ** Math.min(newBits, 52))
    throw new Error(`netnum ${netNum} does not fit in ${newBits} bits`);
  return nth(block.value, prefix, netNum);
}
