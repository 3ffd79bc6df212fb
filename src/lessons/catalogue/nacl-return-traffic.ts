import { EXTERNAL_PORTS } from '../../engine/ephemeral.ts';
import { formatPorts } from '../../net/index.ts';
import type { Lesson } from '../types.ts';

/**
 * The ports an internet client's reply goes back to: the engine's own range, so the hints say
 * what the blocker's explanation says.
 */
const CLIENT_PORTS = formatPorts(EXTERNAL_PORTS);

/** Stateful security groups vs stateless network ACLs: a NACL must let the reply out too. */
export const naclReturnTraffic: Lesson = {
  id: 'nacl-return-traffic',
  title: {
    en: 'Lesson 4: Network ACLs forget the reply',
    ja: 'レッスン 4: ネットワーク ACL は応答を覚えていない',
  },
  goal: {
    en: 'Let the internet reach web-1 on port 443 through the network ACL acl-public, while SSH (port 22) from the internet stays blocked.',
    ja: 'ネットワーク ACL acl-public を通して、インターネットからポート 443 で web-1 に届くようにしてください。インターネットからの SSH (ポート 22) は遮断したままにします。',
  },
  hints: [
    {
      en: 'Security groups are stateful: a reply to an allowed request always goes back. Network ACLs are stateless: the reply is checked again, in the other direction.',
      ja: 'セキュリティグループはステートフルで、許可された要求への応答は必ず戻れます。ネットワーク ACL はステートレスで、応答も逆方向でもう一度評価されます。',
    },
    {
      en: `The reply leaves web-1 from port 443 towards the client’s ephemeral port (${CLIENT_PORTS}). acl-public’s outbound rules allow only destination port 443.`,
      ja: `応答は web-1 のポート 443 からクライアントのエフェメラルポート (${CLIENT_PORTS}) に向かいます。acl-public のアウトバウンドルールは宛先ポート 443 しか許可していません。`,
    },
    {
      en: `Open acl-public and add an outbound rule: allow TCP ports ${CLIENT_PORTS} to 0.0.0.0/0.`,
      ja: `acl-public を開き、TCP ポート ${CLIENT_PORTS} を 0.0.0.0/0 へ許可するアウトバウンドルールを追加してください。`,
    },
  ],
  start: {
    format: 'vpclab',
    version: 1,
    name: 'Lesson 4: Network ACLs forget the reply',
    resources: [
      { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc-main' },
      {
        id: 'rt-public',
        type: 'route-table',
        vpc: 'vpc-main',
        routes: [{ destination: '0.0.0.0/0', target: 'igw' }],
      },
      {
        id: 'acl-public',
        type: 'network-acl',
        vpc: 'vpc-main',
        inbound: [{ rule: 100, action: 'allow', protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
        outbound: [{ rule: 100, action: 'allow', protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'public-a',
        type: 'subnet',
        vpc: 'vpc-main',
        cidr: '10.0.1.0/24',
        az: 'a',
        routeTable: 'rt-public',
        networkAcl: 'acl-public',
      },
      {
        id: 'sg-web',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      { id: 'web-1', type: 'instance', subnet: 'public-a', publicIp: true, securityGroups: ['sg-web'] },
    ],
  },
  conditions: [
    { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' },
    { from: 'internet', to: 'web-1', protocol: 'tcp', port: 22, expect: 'blocked' },
  ],
};
