import type { LintContext } from './types.ts';

/** The distinct AZs of the subnets that resolve, in order of first appearance. */
export function azsOf(context: LintContext, subnetIds: readonly string[]): string[] {
  const azs = new Set<string>();
  for (const id of subnetIds) {
    const subnet = context.index.get(id, 'subnet');
    if (subnet) azs.add(subnet.az);
  }
  return [...azs];
}
