import { describe, expect, it } from 'vitest';
import { edgeCrossing, packetCourse, pointAt } from './packet-course.ts';
import type { TraceDrawing } from './trace-lines.ts';
import type { NodeRect } from './use-node-rects.ts';

const box = (x: number, y: number, width: number, height: number, container = false): NodeRect => ({
  x,
  y,
  width,
  height,
  container,
});

// internet (0,0 centre 10,10) → igw (100,0) → subnet public-a [180..400] holding web-1 (centre 300,10).
const rects = new Map<string, NodeRect>([
  ['internet', box(0, 0, 20, 20)],
  ['igw', box(90, 0, 20, 20)],
  ['public-a', box(200, -100, 200, 200, true)],
  ['web-1', box(290, 0, 20, 20)],
]);
const drawing: TraceDrawing = {
  flow: 'internet → web-1 tcp/443',
  verdict: 'allowed',
  label: 'Trace path: internet → web-1 tcp/443, allowed',
  blocks: [],
  lines: [
    {
      key: 'forward',
      path: 'forward',
      stops: ['internet', 'igw', 'public-a', 'web-1'],
      hopStops: ['igw', 'public-a', 'web-1', 'web-1'],
    },
  ],
};

describe('packetCourse (where the walk’s marker is on the drawn line)', () => {
  it('puts a hop at a drawn resource on its centre', () => {
    const course = packetCourse(drawing, rects, { path: 'forward', index: 0 })!;
    expect(pointAt(course, course.at)).toEqual({ x: 100, y: 10 });
    const server = packetCourse(drawing, rects, { path: 'forward', index: 3 })!;
    expect(pointAt(server, server.at)).toEqual({ x: 300, y: 10 });
  });

  it('puts a network ACL hop where the line enters its subnet', () => {
    const course = packetCourse(drawing, rects, { path: 'forward', index: 1 })!;
    expect(pointAt(course, course.at)).toEqual({ x: 200, y: 10 });
  });

  it('has no course for a way that is not drawn', () => {
    expect(packetCourse(drawing, rects, { path: 'return', index: 0 })).toBeUndefined();
  });

  it('finds where a segment leaves a box it starts in', () => {
    expect(edgeCrossing({ x: 0, y: 0 }, { x: 10, y: 0 }, box(-5, -5, 10, 10))).toBeCloseTo(0.5);
    expect(edgeCrossing({ x: 0, y: 0 }, { x: 20, y: 0 }, box(-5, -5, 10, 10))).toBeCloseTo(0.25);
    expect(edgeCrossing({ x: -20, y: 0 }, { x: 0, y: 0 }, box(-10, -5, 20, 10))).toBeCloseTo(0.5);
  });
});
