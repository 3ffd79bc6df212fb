import { checkRepeats, reportOtherVpc, resolve } from './references.ts';
import type { ValidationContext } from './validate-context.ts';

/** Services a gateway endpoint can serve. */
export const GATEWAY_ENDPOINT_SERVICES = ['s3', 'dynamodb'] as const;

/** VPC endpoints: their VPC; gateway endpoints' service and route tables. (Interface subnets: validate-placement.) */
export function validateVpcEndpoints(context: ValidationContext): void {
  for (const endpoint of context.index.ofType('vpc-endpoint')) {
    const vpc = resolve(context, {
      owner: endpoint,
      segments: ['vpc'],
      label: 'vpc',
      id: endpoint.vpc,
      types: ['vpc'],
    });
    if (endpoint.kind !== 'gateway') continue;
    if (!(GATEWAY_ENDPOINT_SERVICES as readonly string[]).includes(endpoint.service)) {
      context.error(
        'GATEWAY_ENDPOINT_SERVICE',
        endpoint.id,
        context.path(endpoint, 'service'),
        `${context.name(endpoint)}: a gateway endpoint serves only "s3" or "dynamodb", not "${endpoint.service}". Use one of those, or make it an interface endpoint.`,
      );
    }
    checkRepeats(context, endpoint, 'routeTables', endpoint.routeTables);
    endpoint.routeTables.forEach((id, i) => {
      const table = resolve(context, {
        owner: endpoint,
        segments: ['routeTables', i],
        label: `routeTables[${i}]`,
        id,
        types: ['route-table'],
      });
      if (table && vpc && table.vpc !== vpc.id) {
        reportOtherVpc(context, endpoint, ['routeTables', i], `route table "${table.id}"`, table.vpc, vpc.id);
      }
    });
  }
}
