import type { Resource } from './schema.ts';

/**
 * Whether a resource has a public IPv4 address of its own: an instance with a public IP or an
 * Elastic IP, a public NAT gateway (its Elastic IP), an internet-facing load balancer, a
 * database marked publicly accessible. The one rule the engine, the reference evaluator and the
 * canvas all read (semantics.md, "A flow" and "Destination role").
 */
export function hasPublicAddress(resource: Resource): boolean {
  switch (resource.type) {
    case 'instance':
      return resource.publicIp === true || resource.elasticIp === true;
    case 'nat-gateway':
      return resource.connectivity !== 'private';
    case 'load-balancer':
      return resource.scheme === 'internet-facing';
    case 'database':
      return resource.publiclyAccessible === true;
    default:
      return false;
  }
}
