import { describe, expect, it } from 'vitest';
import { validateDocument, type Resource, type VpcLabDocument } from '../model/index.ts';
import { EXTERNAL_PORTS } from '../engine/ephemeral.ts';
import { formatPorts } from '../net/index.ts';
import { checkLesson } from './check.ts';
import { explanationSentence } from '../i18n/render/explanation.ts';
import { LESSONS } from './catalogue/index.ts';
import type { Lesson } from './types.ts';

/** A copy of the lesson's start with `change` applied: the edits a learner would make. */
function solve(lesson: Lesson, change: (document: VpcLabDocument, find: Finder) => void): VpcLabDocument {
  const document = structuredClone(lesson.start) as VpcLabDocument;
  const find: Finder = <T extends Resource['type']>(id: string, type: T) => {
    const found = document.resources.find((r) => r.id === id);
    if (found?.type !== type) throw new Error(`no ${type} ${id} in ${lesson.id}`);
    return found as Extract<Resource, { type: T }>;
  };
  change(document, find);
  return document;
}
type Finder = <T extends Resource['type']>(id: string, type: T) => Extract<Resource, { type: T }>;

/** One scripted solution per lesson, by id: the smallest fix the hints lead to. */
const SOLUTIONS: Record<string, (document: VpcLabDocument, find: Finder) => void> = {
  'public-web-server': (_, find) => {
    find('rt-public', 'route-table').routes.push({ destination: '0.0.0.0/0', target: 'igw' });
  },
  'nat-gateway': (_, find) => {
    find('rt-private', 'route-table').routes.push({ destination: '0.0.0.0/0', target: 'nat-a' });
  },
  'bastion-host': (_, find) => {
    find('sg-bastion', 'security-group').inbound = [{ protocol: 'tcp', ports: '22', cidr: '198.51.100.7/32' }];
    find('sg-app', 'security-group').inbound.push({ protocol: 'tcp', ports: '22', securityGroup: 'sg-bastion' });
  },
  'nacl-return-traffic': (_, find) => {
    find('acl-public', 'network-acl').outbound.push({
      rule: 110,
      action: 'allow',
      protocol: 'tcp',
      ports: formatPorts(EXTERNAL_PORTS),
      cidr: '0.0.0.0/0',
    });
  },
  'database-access': (_, find) => {
    find('sg-db', 'security-group').inbound = [{ protocol: 'tcp', ports: '5432', securityGroup: 'sg-app' }];
  },
  'peering-not-transitive': (document, find) => {
    document.resources.push({ id: 'pcx-ac', type: 'peering-connection', requester: 'vpc-a', accepter: 'vpc-c' });
    find('rt-a', 'route-table').routes[1] = { destination: '10.3.0.0/16', target: 'pcx-ac' };
    find('rt-c', 'route-table').routes[1] = { destination: '10.1.0.0/16', target: 'pcx-ac' };
  },
  's3-endpoint': (document) => {
    document.resources.push({
      id: 'vpce-s3',
      type: 'vpc-endpoint',
      vpc: 'vpc-main',
      kind: 'gateway',
      service: 's3',
      routeTables: ['rt-private'],
    });
  },
  'office-vpn': (_, find) => {
    find('rt-private', 'route-table').routes.push({ destination: '192.168.0.0/16', target: 'vgw' });
  },
};

describe('lessons', () => {
  it('have unique ids and titles, and a solution each', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(new Set(LESSONS.map((l) => l.title.en)).size).toBe(LESSONS.length);
    expect(Object.keys(SOLUTIONS).sort()).toEqual(LESSONS.map((l) => l.id).sort());
  });

  describe.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('%s', (id, lesson) => {
    it('starts from a valid document', () => {
      expect(validateDocument(lesson.start).errors).toEqual([]);
    });

    it('is written in English and Japanese, with at least two hints', () => {
      expect(lesson.hints.length).toBeGreaterThanOrEqual(2);
      for (const text of [lesson.title, lesson.goal, ...lesson.hints]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.ja.trim()).not.toBe('');
      }
    });

    it('fails its check at the start, naming what blocks', () => {
      const check = checkLesson(lesson.start, lesson.conditions);
      expect(check.passed).toBe(false);
      const failing = check.results.filter((r) => !r.pass);
      expect(failing.length).toBeGreaterThan(0);
      // A failing "allowed" condition says why with the engine's code and sentence.
      for (const result of failing.filter((r) => r.condition.expect === 'allowed')) {
        expect(result.blockers[0]?.code).toMatch(/^[A-Z_]+$/);
        expect(result.blockers[0]?.params.kind).toBeTypeOf('string');
      }
    });

    it('passes its check once solved', () => {
      const solved = solve(lesson, SOLUTIONS[id]!);
      expect(validateDocument(solved).errors).toEqual([]);
      const check = checkLesson(solved, lesson.conditions);
      expect(check.results.filter((r) => !r.pass)).toEqual([]);
      expect(check.passed).toBe(true);
    });
  });

  it('nacl-return-traffic: its hints name the client port range its blocker names, in both languages', () => {
    const lesson = LESSONS.find((l) => l.id === 'nacl-return-traffic')!;
    const blocked = checkLesson(lesson.start, lesson.conditions).results.find((r) => !r.pass);
    const blocker = blocked?.blockers.find((b) => b.code === 'SUBNET_ACL_RESTRICTION');
    const message = blocker ? explanationSentence(blocker, 'en').message : '';
    const range = /the reply \(TCP ports? ([\d-]+), the client[’']s ephemeral ports\)/.exec(message)?.[1];
    expect(range).toMatch(/^\d+-\d+$/);
    for (const hint of lesson.hints.slice(1)) {
      expect(hint.en).toContain(range);
      expect(hint.ja).toContain(range);
      expect(`${hint.en} ${hint.ja}`.match(/\d+-\d+/g)?.every((written) => written === range)).toBe(true);
    }
  });

  it('reports an invalid design as failing every condition, not as a crash', () => {
    const lesson = LESSONS[0]!;
    const check = checkLesson({ format: 'vpclab', version: 1, name: 'x', resources: 'none' }, lesson.conditions);
    expect(check.passed).toBe(false);
    expect(check.errors.length).toBeGreaterThan(0);
    expect(check.results.every((r) => !r.pass && r.untraced === true)).toBe(true);
  });

  it('crosses the worker boundary as plain JSON', () => {
    const lesson = LESSONS[0]!;
    const check = checkLesson(lesson.start, lesson.conditions);
    expect(JSON.parse(JSON.stringify(check))).toEqual(check);
  });
});
