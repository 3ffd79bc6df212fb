import type { Lesson } from '../types.ts';

/** Public vs private subnets: a subnet is public only through its route to an internet gateway. */
export const publicWebServer: Lesson = {
  id: 'public-web-server',
  title: {
    en: 'Lesson 1: Open the web server to the internet',
    ja: 'レッスン 1: Web サーバーをインターネットに公開する',
  },
  goal: {
    en: 'Let the web server web-1 be reached from the internet on port 443, while the database db stays private and still answers web-1 on port 5432.',
    ja: 'インターネットからポート 443 で Web サーバー web-1 に届くようにしてください。データベース db は非公開のまま、web-1 からのポート 5432 には応答し続けます。',
  },
  hints: [
    {
      en: 'A subnet is public only because its route table sends internet-bound traffic (0.0.0.0/0) to an internet gateway. A public IP alone is not enough.',
      ja: 'サブネットがパブリックになるのは、そのルートテーブルがインターネット宛ての通信 (0.0.0.0/0) をインターネットゲートウェイに送るときだけです。パブリック IP だけでは足りません。',
    },
    {
      en: 'web-1 sits in public-a, whose route table is rt-public. Open it: it holds no route besides the implicit local one.',
      ja: 'web-1 は public-a にあり、そのルートテーブルは rt-public です。開いてみると、暗黙のローカルルート以外のルートがありません。',
    },
    {
      en: 'In rt-public, add a route with destination 0.0.0.0/0 and target igw. Leave the database’s subnets as they are.',
      ja: 'rt-public に、送信先 0.0.0.0/0、ターゲット igw のルートを追加してください。データベースのサブネットはそのままにします。',
    },
  ],
  start: {
    format: 'vpclab',
    version: 1,
    name: 'Lesson 1: Open the web server to the internet',
    resources: [
      { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'igw', type: 'internet-gateway', vpc: 'vpc-main' },
      { id: 'rt-public', type: 'route-table', vpc: 'vpc-main', routes: [] },
      { id: 'public-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt-public' },
      { id: 'private-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'a' },
      { id: 'private-c', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.3.0/24', az: 'c' },
      {
        id: 'sg-web',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'sg-db',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [{ protocol: 'tcp', ports: '5432', securityGroup: 'sg-web' }],
        outbound: [],
      },
      { id: 'web-1', type: 'instance', subnet: 'public-a', publicIp: true, securityGroups: ['sg-web'] },
      {
        id: 'db',
        type: 'database',
        engine: 'postgres',
        subnets: ['private-a', 'private-c'],
        securityGroups: ['sg-db'],
      },
    ],
  },
  conditions: [
    { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' },
    { from: 'web-1', to: 'db', protocol: 'tcp', port: 5432, expect: 'allowed' },
    { from: 'internet', to: 'db', protocol: 'tcp', port: 5432, expect: 'blocked' },
  ],
};
