/**
 * `npm run bench:editor` (or `npx tsx bench/editor-scale.ts [--build]`): the editor at scale.
 * Serves the built page with `vite preview`, opens synthetic designs of about 100, 500 and 1,000
 * resources through a `#doc=` share link in Debian's Chromium, and measures:
 * - first render: navigation start to every `[data-resource-id]` element in the DOM;
 * - drag frames: one instance dragged back and forth across its subnet with the mouse, one grid
 *   cell and more per step, while the page records requestAnimationFrame timestamps; the frames
 *   that painted a new position of the node count (see frame-probe.ts);
 * - drop: the longest frame within a second of releasing the mouse (the edit is committed then);
 * - auto layout: pressing Auto layout until the canvas shows the new layout (auto-layout-probe.ts).
 * Each size runs RUNS times in a fresh browser context; the table shows the median of each figure.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import LZString from 'lz-string';
import type { VpcLabDocument } from '../src/model/index.ts';
import { AUTO_LAYOUT_PROBE } from './auto-layout-probe.ts';
import { deltas, FRAME_PROBE, median, quantile, type FrameRecord } from './frame-probe.ts';
import { CHROMIUM, ensureBuild, startPreview } from './preview-server.ts';
import { syntheticDocument, type SyntheticSize } from './synthetic.ts';
import { printTable } from './table.ts';

const DIST = process.env.BENCH_DIST ?? '/tmp/vpclab-bench';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Mouse steps of the drag; each moves the node by at least one grid cell, so every step is real work. */
const DRAG_STEPS = Number(process.env.BENCH_STEPS ?? 150);
const GRID = 10;

const ALL_SIZES: readonly (SyntheticSize & { label: string })[] = [
  { label: '~100', instances: 64, vpcs: 2, subnetsPerVpc: 4 },
  { label: '~500', instances: 400, vpcs: 5, subnetsPerVpc: 6 },
  { label: '~1,000', instances: 780, vpcs: 10, subnetsPerVpc: 8 },
];
/** BENCH_SIZES=500,1000 runs only those (matched against the labels' digits). */
const SIZES = process.env.BENCH_SIZES
  ? ALL_SIZES.filter((s) => process.env.BENCH_SIZES!.split(',').includes(s.label.replace(/\D/g, '')))
  : ALL_SIZES;

interface Run {
  readonly drawn: number;
  readonly zoom: number;
  readonly firstRender: number;
  readonly frameMedian: number;
  readonly frameP95: number;
  readonly frames: number;
  readonly drop: number;
  readonly moved: boolean;
  readonly autoLayout: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  ensureBuild(DIST, process.argv.includes('--build'));
  const server = await startPreview(DIST);
  const browser = await chromium.launch(CHROMIUM);
  const rows: string[][] = [];
  try {
    for (const size of SIZES) {
      const document = syntheticDocument(size);
      const link = `${server.url}#doc=${LZString.compressToEncodedURIComponent(JSON.stringify(document))}`;
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await measure(browser, link, document);
        runs.push(run);
        console.error(
          `  ${size.label} run ${i + 1}: first render ${run.firstRender.toFixed(0)} ms, drag median ${run.frameMedian.toFixed(1)} ms, p95 ${run.frameP95.toFixed(1)} ms over ${run.frames} frames, drop ${run.drop.toFixed(0)} ms, auto layout ${run.autoLayout.toFixed(0)} ms${run.moved ? '' : ' (NODE DID NOT MOVE)'}`,
        );
      }
      const m = (pick: (r: Run) => number) => median(runs.map(pick));
      rows.push([
        size.label,
        String(document.resources.length),
        String(m((r) => r.drawn)),
        m((r) => r.zoom).toFixed(2),
        m((r) => r.firstRender).toFixed(0),
        m((r) => r.frameMedian).toFixed(1),
        m((r) => r.frameP95).toFixed(1),
        (1000 / m((r) => r.frameMedian)).toFixed(0),
        m((r) => r.drop).toFixed(0),
        String(m((r) => r.frames)),
        m((r) => r.autoLayout).toFixed(0),
      ]);
    }
  } finally {
    await browser.close();
    server.stop();
  }
  printResults(rows);
}

/** One fresh context: open the link, wait for the drawing to settle, then drag and drop. */
async function measure(browser: Browser, link: string, document: VpcLabDocument): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: FRAME_PROBE });
  try {
    await page.goto(link);
    const { count: drawn, lastChange: firstRender } = await settle(page);
    const zoom = await page.evaluate<number>(
      `new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')).transform).a`,
    );
    const { frames, moved: movedAt, pointerUp, nodeMoved } = await dragAcrossSubnet(page, document, zoom);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const before = pointerUp === null ? frames : frames.filter((t) => t <= pointerUp);
    // Frames that painted a drag step: the interval ending at a frame where the node had moved.
    const drag = deltas(before).filter((_, i) => movedAt[i + 1] === true);
    const after = pointerUp === null ? [] : frames.filter((t) => t > pointerUp && t < pointerUp + 1000);
    const drop = deltas([before.at(-1) ?? 0, ...after]);
    const autoLayout = await page.evaluate<number>(AUTO_LAYOUT_PROBE);
    return {
      drawn,
      zoom,
      firstRender,
      frameMedian: median(drag),
      frameP95: quantile(drag, 0.95),
      frames: drag.length,
      drop: drop.length > 0 ? Math.max(...drop) : NaN,
      moved: nodeMoved,
      autoLayout,
    };
  } finally {
    await context.close();
  }
}

/** Waits until the number of drawn resources has not changed for 1.5 s (the analysis settles too). */
async function settle(page: Page): Promise<{ count: number; lastChange: number }> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const state = await page.evaluate<{ count: number; lastChange: number; now: number }>(
      `({ count: __bench.count, lastChange: __bench.lastChange, now: performance.now() })`,
    );
    if (state.count > 0 && state.now - state.lastChange > 1500) return state;
    await sleep(250);
  }
  throw new Error('the drawing did not settle within 2 minutes');
}

/**
 * Drags the instance nearest the middle of the screen back and forth across its subnet (staying
 * inside it, so the drop is a move, not a reparent), recording frames from just before the press
 * until a second after the release.
 */
async function dragAcrossSubnet(page: Page, document: VpcLabDocument, zoom: number) {
  const target = await page.evaluate<{ id: string; x: number; y: number; width: number }>(`(() => {
    const pane = document.querySelector('.react-flow').getBoundingClientRect();
    const cx = pane.x + pane.width / 2, cy = pane.y + pane.height / 2;
    let best = null;
    for (const el of document.querySelectorAll('.react-flow__node[data-resource-id^="i-"]')) {
      const r = el.getBoundingClientRect();
      const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
      if (!best || d < best.d) best = { d, id: el.dataset.resourceId, x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width };
    }
    return best;
  })()`);
  const instance = document.resources.find((r) => r.id === target.id);
  if (!instance || instance.type !== 'instance') throw new Error(`no instance ${target.id}`);
  const subnet = await page.locator(`[data-resource-id="${instance.subnet}"]`).boundingBox();
  if (!subnet) throw new Error(`subnet ${instance.subnet} is not drawn`);
  const margin = target.width / 2 + 4;
  const left = subnet.x + margin;
  const right = subnet.x + subnet.width - margin;
  const step = Math.max(1, 1.5 * GRID * zoom);

  await page.mouse.move(target.x, target.y);
  await page.evaluate(`__bench.start(${JSON.stringify(target.id)})`);
  await page.mouse.down();
  let x = target.x;
  let direction = right - x > x - left ? 1 : -1;
  for (let i = 0; i < DRAG_STEPS; i++) {
    if ((direction > 0 && x + step > right) || (direction < 0 && x - step < left)) direction = -direction;
    x += direction * step;
    await page.mouse.move(x, target.y);
  }
  await page.mouse.up();
  await sleep(1200);
  const record = await page.evaluate<FrameRecord>('__bench.stop()');
  const after = await page.locator(`[data-resource-id="${target.id}"]`).boundingBox();
  const nodeMoved = after !== null && Math.abs(after.x + after.width / 2 - target.x) > 0.5;
  return { ...record, nodeMoved };
}

function printResults(rows: string[][]): void {
  const header = [
    'design',
    'resources',
    'drawn',
    'zoom',
    'first render ms',
    'drag frame median ms',
    'p95 ms',
    'fps median',
    'drop ms',
    'frames',
    'auto layout ms',
  ];
  printTable(header, rows);
  console.log(
    [
      '',
      `Medians of ${RUNS} runs per size, each in a fresh browser context (1440x900, headless Chromium without GPU).`,
      'This machine is shared and noisy: compare figures taken side by side, not across days.',
      'first render = navigation start to every [data-resource-id] element in the DOM (share link decoded, drawn);',
      `drag = requestAnimationFrame intervals that painted a new position while ${DRAG_STEPS} mouse steps move one instance`,
      '  (>= 1 grid cell each); frames = how many such frames (steps that arrive during a long frame coalesce);',
      'drop = the longest frame within 1 s of releasing it (the move is committed to the document then);',
      'auto layout = pressing Auto layout to the last change it makes on screen (computed, committed, drawn, fitted).',
    ].join('\n'),
  );
}

await main();
