import type { Lesson } from '../types.ts';

/** Site-to-Site VPN (and Direct Connect): the subnet must route the office's CIDR to the VPN gateway. */
export const officeVpn: Lesson = {
  id: 'office-vpn',
  title: {
    en: 'Lesson 8: Connect the office over a VPN',
    ja: 'レッスン 8: VPN でオフィスとつなぐ',
  },
  goal: {
    en: 'Let the office network (192.168.0.0/16, over a Site-to-Site VPN) reach app-1 by SSH on port 22, while the internet cannot.',
    ja: 'オフィスのネットワーク (192.168.0.0/16、サイト間 VPN 経由) から app-1 に SSH (ポート 22) で届くようにし、インターネットからは届かないようにしてください。',
  },
  hints: [
    {
      en: 'The office reaches the VPC through the virtual private gateway vgw, and sg-app already admits it. But traffic must find its way back too.',
      ja: 'オフィスは仮想プライベートゲートウェイ vgw を通って VPC に届き、sg-app もすでに許可しています。しかし、通信には戻り道も必要です。',
    },
    {
      en: 'private-a uses rt-private, which has no route for 192.168.0.0/16, so app-1’s replies go nowhere. Direct Connect would need the very same route.',
      ja: 'private-a が使う rt-private には 192.168.0.0/16 へのルートがないため、app-1 の応答は行き場がありません。Direct Connect でもまったく同じルートが必要です。',
    },
    {
      en: 'In rt-private, add a route with destination 192.168.0.0/16 and target vgw.',
      ja: 'rt-private に、送信先 192.168.0.0/16、ターゲット vgw のルートを追加してください。',
    },
  ],
  start: {
    format: 'vpclab',
    version: 1,
    name: 'Lesson 8: Connect the office over a VPN',
    resources: [
      { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'vgw', type: 'vpn-gateway', vpc: 'vpc-main' },
      { id: 'office', type: 'on-premises', cidrs: ['192.168.0.0/16'], via: 'vgw', link: 'site-to-site-vpn' },
      { id: 'rt-private', type: 'route-table', vpc: 'vpc-main', routes: [] },
      { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'a', routeTable: 'rt-private' },
      {
        id: 'sg-app',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [{ protocol: 'tcp', ports: '22', cidr: '192.168.0.0/16' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      { id: 'app-1', type: 'instance', subnet: 'private-a', securityGroups: ['sg-app'] },
    ],
  },
  conditions: [
    { from: 'office', to: 'app-1', protocol: 'tcp', port: 22, expect: 'allowed' },
    { from: 'internet', to: 'app-1', protocol: 'tcp', port: 22, expect: 'blocked' },
  ],
};
