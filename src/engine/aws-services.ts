import { cidr, type Cidr4 } from '../net/index.ts';
import type { Ip } from './address.ts';
import type { AwsService } from './compiled.ts';

/**
 * Representative address ranges of the AWS services a gateway endpoint reaches (semantics.md):
 * the prefix list of a gateway endpoint route, and the address a flow to the service uses.
 */
export const SERVICE_BLOCKS: Readonly<Record<AwsService, Cidr4>> = {
  s3: cidr('52.216.0.0/15') as Cidr4,
  dynamodb: cidr('52.94.0.0/22') as Cidr4,
};

export const SERVICES: readonly AwsService[] = ['s3', 'dynamodb'];

/** Flows to a service go to the `.10` of its range. */
export function serviceAddress(service: AwsService): Ip {
  return { version: 4, value: SERVICE_BLOCKS[service].first + 10 };
}

export function serviceAt(address: Ip): AwsService | undefined {
  if (address.version !== 4) return undefined;
  return SERVICES.find((s) => SERVICE_BLOCKS[s].first <= address.value && address.value <= SERVICE_BLOCKS[s].last);
}

export const SERVICE_LABELS: Readonly<Record<AwsService, string>> = { s3: 'S3', dynamodb: 'DynamoDB' };
