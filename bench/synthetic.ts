import type { VpcLabDocument } from '../src/model/index.ts';

/**
 * Synthetic designs for the benchmarks: `vpcs` VPCs of `subnetsPerVpc` subnets (half public
 * through an internet gateway, half private through a NAT gateway), peering between
 * neighbouring VPCs, a transit gateway joining them all, a few tiers of security groups that
 * reference each other, custom NACLs on some subnets, and `instances` instances spread over the
 * subnets, plus a database, a load balancer and a Lambda function per VPC.
 */
export interface SyntheticSize {
  readonly instances: number;
  readonly vpcs: number;
  readonly subnetsPerVpc: number;
}

type Json = Record<string, unknown>;

export function syntheticDocument({ instances, vpcs, subnetsPerVpc }: SyntheticSize): VpcLabDocument {
  const resources: Json[] = [];
  const azs = ['a', 'b', 'c'];
  const subnetIds: string[] = [];
  const attachments: Json[] = [];
  for (let v = 0; v < vpcs; v++) {
    const vpc = `vpc-${v}`;
    const base = `10.${v}`;
    resources.push({ id: vpc, type: 'vpc', cidrBlocks: [`${base}.0.0/16`] });
    resources.push({ id: `igw-${v}`, type: 'internet-gateway', vpc });
    const peeringRoutes: Json[] = [];
    if (v > 0) peeringRoutes.push({ destination: `10.${v - 1}.0.0/16`, target: `pcx-${v - 1}-${v}` });
    if (v < vpcs - 1) peeringRoutes.push({ destination: `10.${v + 1}.0.0/16`, target: `pcx-${v}-${v + 1}` });
    const tgwRoute = vpcs > 1 ? [{ destination: '10.0.0.0/8', target: 'tgw' }] : [];
    resources.push({
      id: `rt-public-${v}`,
      type: 'route-table',
      vpc,
      routes: [{ destination: '0.0.0.0/0', target: `igw-${v}` }, ...peeringRoutes, ...tgwRoute],
    });
    resources.push({
      id: `rt-private-${v}`,
      type: 'route-table',
      vpc,
      main: true,
      routes: [{ destination: '0.0.0.0/0', target: `nat-${v}` }, ...peeringRoutes, ...tgwRoute],
    });
    resources.push({
      id: `acl-${v}`,
      type: 'network-acl',
      vpc,
      inbound: [
        { rule: 90, action: 'deny', protocol: 'tcp', ports: '23', cidr: '0.0.0.0/0' },
        { rule: 100, action: 'allow', protocol: 'tcp', ports: '1024-65535', cidr: '0.0.0.0/0' },
        { rule: 110, action: 'allow', protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' },
        { rule: 120, action: 'allow', protocol: 'all', cidr: '10.0.0.0/8' },
      ],
      outbound: [{ rule: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' }],
    });
    const tgwSubnets: string[] = [];
    for (let s = 0; s < subnetsPerVpc; s++) {
      const id = `s-${v}-${s}`;
      const isPublic = s % 2 === 0;
      const az = azs[s % 3]!;
      resources.push({
        id,
        type: 'subnet',
        vpc,
        cidr: `${base}.${s}.0/24`,
        az,
        ...(isPublic ? { routeTable: `rt-public-${v}` } : {}),
        ...(s % 4 === 1 ? { networkAcl: `acl-${v}` } : {}),
      });
      subnetIds.push(id);
      if (s < 3) tgwSubnets.push(id);
    }
    attachments.push({ vpc, subnets: tgwSubnets });
    resources.push({ id: `nat-${v}`, type: 'nat-gateway', subnet: `s-${v}-0` });
    resources.push(
      group(`sg-web-${v}`, vpc, [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }]),
      group(`sg-app-${v}`, vpc, [{ protocol: 'tcp', ports: '8080', securityGroup: `sg-web-${v}` }]),
      group(`sg-db-${v}`, vpc, [{ protocol: 'tcp', ports: '5432', securityGroup: `sg-app-${v}` }]),
      group(`sg-admin-${v}`, vpc, [{ protocol: 'tcp', ports: '22', cidr: '10.0.0.0/8' }]),
    );
    if (subnetsPerVpc > 1) {
      resources.push({
        id: `db-${v}`,
        type: 'database',
        engine: 'postgres',
        subnets: [`s-${v}-1`, `s-${v}-${Math.min(3, subnetsPerVpc - 1)}`],
        securityGroups: [`sg-db-${v}`],
      });
      resources.push({ id: `fn-${v}`, type: 'lambda', subnets: [`s-${v}-1`], securityGroups: [`sg-app-${v}`] });
    }
    if (v > 0)
      resources.push({ id: `pcx-${v - 1}-${v}`, type: 'peering-connection', requester: `vpc-${v - 1}`, accepter: vpc });
  }
  if (vpcs > 1) resources.push({ id: 'tgw', type: 'transit-gateway', attachments });

  const tiers = [['web'], ['app'], ['app', 'admin'], ['web', 'admin']];
  const targets: string[][] = Array.from({ length: vpcs }, () => []);
  for (let i = 0; i < instances; i++) {
    const subnet = subnetIds[i % subnetIds.length]!;
    const [, v, s] = subnet.split('-').map(Number) as [number, number, number];
    const tier = tiers[Math.floor(i / subnetIds.length) % tiers.length]!;
    const id = `i-${i}`;
    resources.push({
      id,
      type: 'instance',
      subnet,
      securityGroups: tier.map((t) => `sg-${t}-${v}`),
      ...(s % 2 === 0 && tier[0] === 'web' ? { publicIp: true } : {}),
    });
    if (tier[0] === 'app' && targets[v]!.length < 4) targets[v]!.push(id);
  }
  for (let v = 0; v < vpcs; v++) {
    if (subnetsPerVpc < 3 || targets[v]!.length === 0) continue;
    resources.push({
      id: `alb-${v}`,
      type: 'load-balancer',
      kind: 'application',
      scheme: 'internet-facing',
      subnets: [`s-${v}-0`, `s-${v}-2`],
      securityGroups: [`sg-web-${v}`],
      listeners: [{ protocol: 'https', port: 443, targetPort: 8080 }],
      targets: targets[v],
    });
  }
  return { format: 'vpclab', version: 2, name: `synthetic ${instances}`, resources } as unknown as VpcLabDocument;
}

function group(id: string, vpc: string, inbound: Json[]): Json {
  return { id, type: 'security-group', vpc, inbound, outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }] };
}
