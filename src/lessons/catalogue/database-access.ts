import type { Lesson } from '../types.ts';

/** Security group references: admit a tier by its group, not by the whole VPC's addresses. */
export const databaseAccess: Lesson = {
  id: 'database-access',
  title: {
    en: 'Lesson 5: Only the app tier reaches the database',
    ja: 'レッスン 5: データベースにはアプリ層だけが届く',
  },
  goal: {
    en: 'Let app-1 reach the database db on port 5432, while tools-1, another server in the same subnet, cannot.',
    ja: 'app-1 からデータベース db にポート 5432 で届くようにし、同じサブネットにある別のサーバー tools-1 からは届かないようにしてください。',
  },
  hints: [
    {
      en: 'sg-db admits port 5432 from 10.0.0.0/16, the whole VPC, so every server inside may connect.',
      ja: 'sg-db は VPC 全体 (10.0.0.0/16) からのポート 5432 を許可しているため、VPC 内のどのサーバーも接続できます。',
    },
    {
      en: 'A rule’s source can be a security group instead of a CIDR: it then admits exactly the members of that group, wherever they are.',
      ja: 'ルールの送信元には CIDR の代わりにセキュリティグループを指定できます。そのグループのメンバーだけを、どこにいても許可します。',
    },
    {
      en: 'Change sg-db’s inbound rule so its source is the group sg-app. sg-db needs no outbound rule: groups are stateful, so replies go back anyway.',
      ja: 'sg-db のインバウンドルールの送信元をセキュリティグループ sg-app に変えてください。グループはステートフルなので、sg-db にアウトバウンドルールは要りません。',
    },
  ],
  start: {
    format: 'vpclab',
    version: 1,
    name: 'Lesson 5: Only the app tier reaches the database',
    resources: [
      { id: 'vpc-main', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
      { id: 'app-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.1.0/24', az: 'a' },
      { id: 'data-a', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.2.0/24', az: 'a' },
      { id: 'data-c', type: 'subnet', vpc: 'vpc-main', cidr: '10.0.3.0/24', az: 'c' },
      {
        id: 'sg-app',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'sg-tools',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [],
        outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
      },
      {
        id: 'sg-db',
        type: 'security-group',
        vpc: 'vpc-main',
        inbound: [{ protocol: 'tcp', ports: '5432', cidr: '10.0.0.0/16' }],
        outbound: [],
      },
      { id: 'app-1', type: 'instance', subnet: 'app-a', securityGroups: ['sg-app'] },
      { id: 'tools-1', type: 'instance', subnet: 'app-a', securityGroups: ['sg-tools'] },
      { id: 'db', type: 'database', engine: 'postgres', subnets: ['data-a', 'data-c'], securityGroups: ['sg-db'] },
    ],
  },
  conditions: [
    { from: 'app-1', to: 'db', protocol: 'tcp', port: 5432, expect: 'allowed' },
    { from: 'tools-1', to: 'db', protocol: 'tcp', port: 5432, expect: 'blocked' },
  ],
};
