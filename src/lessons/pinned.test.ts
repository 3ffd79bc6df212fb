import { describe, expect, it } from 'vitest';
import type { Json } from '../model/test-support/base-document.ts';
import { checkLesson } from './check.ts';
import { bundledLessonText } from './test-support/bundled.ts';

/**
 * A lesson's intents must pin its point: the tempting wrong answer a learner may try fails,
 * and the check names which intent it breaks. Each case starts from the lesson's solution and
 * undoes the part the lesson is about.
 */
const WRONG_ANSWERS: readonly {
  lesson: string;
  mistake: string;
  change: (design: Json) => void;
  breaks: string[];
}[] = [
  {
    lesson: 'six-permissions',
    mistake: 'forgets the reply’s way back into the client subnet (stateless NACL)',
    change: (d) => (res(d, 'acl-app').inbound = []),
    breaks: ['app-to-api-8080'],
  },
  {
    lesson: 'six-permissions',
    mistake: 'forgets the reply’s way out of the server subnet',
    change: (d) => (res(d, 'acl-api').outbound = []),
    breaks: ['app-to-api-8080'],
  },
  {
    lesson: 'session-manager-endpoints',
    mistake: 'keeps the bastion’s SSH rule',
    change: (d) => res(d, 'sg-app').inbound.push({ protocol: 'tcp', ports: '22', securityGroup: 'sg-bastion' }),
    breaks: ['bastion-retired'],
  },
  {
    lesson: 'session-manager-endpoints',
    mistake: 'opens the app’s group but not the endpoints’ group',
    change: (d) => (res(d, 'sg-endpoints').inbound = []),
    breaks: ['agent-to-ssm', 'agent-to-ssmmessages', 'agent-to-ec2messages'],
  },
  {
    lesson: 'database-two-azs',
    mistake: 'admits the whole VPC CIDR instead of the app tier’s group',
    change: (d) => (res(d, 'sg-db').inbound = [{ protocol: 'tcp', ports: '5432', cidr: '10.0.0.0/16' }]),
    breaks: ['web-not-to-db'],
  },
  {
    lesson: 'database-two-azs',
    mistake: 'leaves the database publicly accessible in the public subnets with an open group',
    change: (d) => {
      Object.assign(res(d, 'orders-db'), { subnets: ['public-a', 'public-c'], publiclyAccessible: true });
      res(d, 'sg-db').inbound.push({ protocol: 'tcp', ports: '5432', cidr: '0.0.0.0/0' });
    },
    breaks: ['web-not-to-db', 'internet-not-to-db'],
  },
  {
    lesson: 'lambda-to-rds',
    mistake: 'admits 10.0.0.0/16 to the database instead of the function’s group',
    change: (d) => (res(d, 'sg-db').inbound[1] = { protocol: 'tcp', ports: '3306', cidr: '10.0.0.0/16' }),
    breaks: ['web-not-to-db'],
  },
  {
    lesson: 'lambda-to-rds',
    mistake: 'opens the database’s group but leaves the function’s group closed',
    change: (d) => (res(d, 'sg-lambda').outbound = []),
    breaks: ['function-to-db'],
  },
  {
    lesson: 'transit-gateway-hub',
    mistake: 'attaches vpc-shared but gives its replies no route back',
    change: (d) => (res(d, 'rt-shared').routes = []),
    breaks: ['prod-to-shared', 'dev-to-shared'],
  },
  {
    lesson: 'ipv6-egress-only',
    mistake: 'routes ::/0 to the internet gateway, making app-1 public over IPv6',
    change: (d) => (res(d, 'rt-private').routes = [{ destination: '::/0', target: 'igw' }]),
    breaks: ['nothing-in-v6'],
  },
  {
    lesson: 'stateful-groups',
    mistake: 'fixes the network ACL but keeps the group’s needless outbound rule',
    change: (d) => res(d, 'sg-web').outbound.push({ protocol: 'all', cidr: '0.0.0.0/0' }),
    breaks: ['web-not-out'],
  },
  {
    lesson: 'stateful-groups',
    mistake: 'removes the group’s outbound rule but gives the stateless ACL no reply rule',
    change: (d) => res(d, 'acl-public').outbound.pop(),
    breaks: ['visitors-in'],
  },
];

function res(design: Json, id: string): Json {
  const found = design.resources.find((r: { id: string }) => r.id === id);
  if (!found) throw new Error(`no resource ${id}`);
  return found;
}

describe('the lessons pin their point: a tempting wrong answer fails', () => {
  it.each(WRONG_ANSWERS)('$lesson: $mistake', ({ lesson: id, change, breaks }) => {
    const lesson = JSON.parse(bundledLessonText(id)) as Json;
    const design = structuredClone(lesson.solution);
    change(design);
    const check = checkLesson(design, lesson.intents);
    expect(check.errors).toEqual([]);
    expect(check.passed).toBe(false);
    expect(check.results.filter((r) => !r.pass).map((r) => r.condition.id)).toEqual(breaks);
  });
});
