import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../../src/lessons/check.ts';
import type { Lesson } from '../../../src/lessons/types.ts';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import { AnalysisSession } from '../../../src/worker/session.ts';
import { translator } from '../../../src/i18n/i18n.ts';
import { designPicture } from '../export-image.ts';
import { lessonIntentLines } from './lesson-intent-lines.ts';

const design = {
  format: 'vpclab',
  version: 2,
  name: 'Tiny web',
  resources: [
    { id: 'vpc-1', type: 'vpc', cidrBlocks: ['10.0.0.0/16'] },
    { id: 'igw', type: 'internet-gateway', vpc: 'vpc-1' },
    { id: 'rt', type: 'route-table', vpc: 'vpc-1', routes: [] },
    { id: 'public-a', type: 'subnet', vpc: 'vpc-1', cidr: '10.0.1.0/24', az: 'a', routeTable: 'rt' },
    {
      id: 'sg-web',
      type: 'security-group',
      vpc: 'vpc-1',
      inbound: [{ protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0' }],
      outbound: [{ protocol: 'all', cidr: '0.0.0.0/0' }],
    },
    { id: 'web-1', type: 'instance', subnet: 'public-a', publicIp: true, securityGroups: ['sg-web'] },
  ],
} as VpcLabDocument;

const lesson = {
  intents: [{ id: 'https', from: 'internet', to: 'web-1', protocol: 'tcp', port: 443, expect: 'allowed' }],
} as unknown as Lesson;

describe('the lesson’s intents in an exported picture', () => {
  const results = checkLesson(design, lesson.intents).results;
  const lines = lessonIntentLines(lesson, results, 'en');
  const report = new AnalysisSession().analyse(design, 1);

  it('are lines from source to destination with the engine’s verdict', () => {
    expect(lines).toMatchObject([{ id: 'lesson-1', verdict: 'blocked', flow: 'internet → web-1 tcp/443' }]);
    expect(lines[0]!.stops).toEqual([expect.stringContaining('internet'), 'web-1']);
  });

  it('are drawn with the overlay, and only with it', () => {
    const picture = (overlay: boolean) =>
      designPicture(design, report, [], { overlay, selectionOnly: false }, translator('en'), null, lines).svg;
    expect(picture(true)).toContain('data-intent-id="lesson-1"');
    expect(picture(false)).not.toContain('data-intent-id="lesson-1"');
  });

  it('are none without a lesson or its results', () => {
    expect(lessonIntentLines(null, results, 'en')).toEqual([]);
    expect(lessonIntentLines(lesson, null, 'en')).toEqual([]);
  });
});
