import type { Lesson } from '../types.ts';

/** Peering is not transitive: A-B and B-C do not give A-C. */
export const peeringNotTransitive: Lesson = {
  id: 'peering-not-transitive',
  title: {
    en: 'Lesson 6: Peering is not transitive',
    ja: 'レッスン 6: ピアリングは推移しない',
  },
  goal: {
    en: 'Let app-a in vpc-a reach both app-b in vpc-b and app-c in vpc-c on port 443.',
    ja: 'vpc-a の app-a から、vpc-b の app-b と vpc-c の app-c の両方にポート 443 で届くようにしてください。',
  },
  hints: [
    {
      en: 'vpc-a is peered with vpc-b, and vpc-b with vpc-c. A peering connection only carries traffic between its own two VPCs: vpc-b will not pass traffic on.',
      ja: 'vpc-a は vpc-b と、vpc-b は vpc-c とピアリングしています。ピアリング接続は自分の 2 つの VPC 間の通信しか運ばず、vpc-b は通信を中継しません。',
    },
    {
      en: 'vpc-a and vpc-c need a connection of their own: a peering connection between them (or a transit gateway for all three).',
      ja: 'vpc-a と vpc-c の間に専用の接続が必要です。両者の間のピアリング接続 (または 3 つすべてをつなぐトランジットゲートウェイ) を用意します。',
    },
    {
      en: 'Add a peering connection with requester vpc-a and accepter vpc-c. Then point rt-a’s route for 10.3.0.0/16 and rt-c’s route for 10.1.0.0/16 at it: the reply needs its way back too.',
      ja: 'リクエスタ vpc-a、アクセプタ vpc-c のピアリング接続を追加し、rt-a の 10.3.0.0/16 へのルートと rt-c の 10.1.0.0/16 へのルートをその接続に向けてください。応答にも戻り道が必要です。',
    },
  ],
  start: {
    format: 'vpclab',
    version: 1,
    name: 'Lesson 6: Peering is not transitive',
    resources: [
      { id: 'vpc-a', type: 'vpc', cidrBlocks: ['10.1.0.0/16'] },
      { id: 'vpc-b', type: 'vpc', cidrBlocks: ['10.2.0.0/16'] },
      { id: 'vpc-c', type: 'vpc', cidrBlocks: ['10.3.0.0/16'] },
      { id: 'pcx-ab', type: 'peering-connection', requester: 'vpc-a', accepter: 'vpc-b' },
      { id: 'pcx-bc', type: 'peering-connection', requester: 'vpc-b', accepter: 'vpc-c' },
      {
        id: 'rt-a',
        type: 'route-table',
        vpc: 'vpc-a',
        routes: [
          { destination: '10.2.0.0/16', target: 'pcx-ab' },
          { destination: '10.3.0.0/16', target: 'pcx-ab' },
        ],
      },
      {
        id: 'rt-b',
        type: 'route-table',
        vpc: 'vpc-b',
        routes: [
          { destination: '10.1.0.0/16', target: 'pcx-ab' },
          { destination: '10.3.0.0/16', target: 'pcx-bc' },
        ],
      },
      {
        id: 'rt-c',
        type: 'route-table',
        vpc: 'vpc-c',
        routes: [
          { destination: '10.2.0.0/16', target: 'pcx-bc' },
          { destination: '10.1.0.0/16', target: 'pcx-bc' },
        ],
      },
      { id: 'subnet-a', type: 'subnet', vpc: 'vpc-a', cidr: '10.1.1.0/24', az: 'a', routeTable: 'rt-a' },
      { id: 'subnet-b', type: 'subnet', vpc: 'vpc-b', cidr: '10.2.1.0/24', az: 'a', routeTable: 'rt-b' },
      { id: 'subnet-c', type: 'subnet', vpc: 'vpc-c', cidr: '10.3.1.0/24', az: 'a', routeTable: 'rt-c' },
      {
        id: 'sg-a',
        type: 'security-group',
        vpc: 'vpc-a',
        inbound: [],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'sg-b',
        type: 'security-group',
        vpc: 'vpc-b',
        inbound: [{ protocol: 'tcp', ports: '443', cidr: '10.0.0.0/8' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'sg-c',
        type: 'security-group',
        vpc: 'vpc-c',
        inbound: [{ protocol: 'tcp', ports: '443', cidr: '10.0.0.0/8' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      { id: 'app-a', type: 'instance', subnet: 'subnet-a', securityGroups: ['sg-a'] },
      { id: 'app-b', type: 'instance', subnet: 'subnet-b', securityGroups: ['sg-b'] },
      { id: 'app-c', type: 'instance', subnet: 'subnet-c', securityGroups: ['sg-c'] },
    ],
  },
  conditions: [
    { from: 'app-a', to: 'app-b', protocol: 'tcp', port: 443, expect: 'allowed' },
    { from: 'app-a', to: 'app-c', protocol: 'tcp', port: 443, expect: 'allowed' },
  ],
};
