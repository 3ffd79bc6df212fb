import { formatCidr } from '../net/index.ts';
import type { Resource } from './schema.ts';
import type { ValidationContext } from './validate-context.ts';

/**
 * Checks route `i`'s CIDR destination and that no earlier route of the same table has it
 * (`seen` maps each destination to its route's index). One home for the rule every kind of
 * route table follows: a VPC route table, a transit gateway's implicit table, its route tables.
 */
export function checkRouteDestination(
  context: ValidationContext,
  table: Resource,
  i: number,
  destination: string,
  seen: Map<string, number>,
): ReturnType<ValidationContext['checkCidr']> {
  const block = context.checkCidr(table, ['routes', i, 'destination'], `route ${i + 1} destination`, destination);
  if (!block) return block;
  const key = formatCidr(block);
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    context.error(
      'ROUTE_DUPLICATE_DESTINATION',
      table.id,
      context.path(table, 'routes', i, 'destination'),
      `${context.name(table)}: routes[${earlier}] and routes[${i}] both have destination ${key}. Keep one route per destination.`,
    );
  } else {
    seen.set(key, i);
  }
  return block;
}
