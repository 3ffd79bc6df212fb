/**
 * `npm run bench:latency`: how long the page takes from an edit to the updated overlay, on
 * synthetic designs of about 50, 200 and 1,000 resources, in the built page (Chromium, headless).
 * Each sample removes the internet route of a public subnet through the inspector (an intent
 * turns blocked) or undoes that (it turns allowed again), with a real mouse click, and times,
 * inside the page, from the click to the moment the overlay shows the intent's new verdict for
 * the new revision. Also records the longest main-thread task ('longtask' entries): among those
 * that overlap a worker run (from posting an analyse request to its reply: the bar), and over
 * the whole of the edits, drawing the results included. Prints medians and 95th percentiles.
 * With a real click, the browser handles the input and draws the next frame in one task, and
 * that task counts (a script's `element.click()` left the frame to a task of its own). `npm run
 * bench:latency` builds the page first (LATENCY_DIST names another build; LATENCY_SIZES=1000 runs
 * one size). LATENCY_DETAIL=1 also lists every task over 50 ms with the edit it came in. Not a
 * test: the machine is shared and the figures are noisy.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { compileDocument, traceFlow } from '../src/engine/index.ts';
import { indexDocument, type Resource, type VpcLabDocument } from '../src/model/index.ts';
import { CHROMIUM } from '../scripts/chromium.ts';
import { startPreview } from './preview-server.ts';
import { syntheticDocument, type SyntheticSize } from './synthetic.ts';

const DIST = process.env.LATENCY_DIST ?? 'dist';

/** Sizes chosen so that the documents hold 50, 200 and 1,000 resources. */
const SIZES: readonly (SyntheticSize & { readonly resources: number; readonly samples: number })[] = [
  { resources: 50, instances: 33, vpcs: 1, subnetsPerVpc: 4, samples: 30 },
  { resources: 200, instances: 160, vpcs: 2, subnetsPerVpc: 6, samples: 30 },
  { resources: 1000, instances: 868, vpcs: 6, subnetsPerVpc: 8, samples: 20 },
];

/** LATENCY_SIZES=1000 (or "200,1000") runs only those sizes: for repeated runs while profiling. */
const CHOSEN = process.env.LATENCY_SIZES?.split(',').map(Number);
const RUN_SIZES = CHOSEN ? SIZES.filter((s) => CHOSEN.includes(s.resources)) : SIZES;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** The synthetic design plus one intent that holds (internet → a public web instance on 443), and the table to break it. */
function benchDocument(size: SyntheticSize): { document: VpcLabDocument; table: string; target: string } {
  const base = syntheticDocument(size);
  const index = indexDocument(base);
  const compiled = compileDocument(base, index);
  const byId = new Map(base.resources.map((r) => [r.id, r]));
  for (const r of base.resources) {
    if (r.type !== 'instance' || r.publicIp !== true) continue;
    const subnet = byId.get(r.subnet) as Extract<Resource, { type: 'subnet' }> | undefined;
    if (!subnet?.routeTable) continue;
    const outcome = traceFlow(compiled, index, { from: 'internet', to: r.id, protocol: 'tcp', port: 443 });
    if (outcome.ok && outcome.result.verdict === 'allowed') {
      const intents = [{ id: 'bench', from: 'internet', to: r.id, protocol: 'tcp', port: 443, expect: 'allowed' }];
      return { document: { ...base, intents } as VpcLabDocument, table: subnet.routeTable, target: r.id };
    }
  }
  throw new Error('no instance reachable from the internet in the synthetic design');
}

/**
 * In the page (plain JavaScript: the bench compiles without the DOM library): arms the timing of
 * the next edit. The next click anywhere starts it (at the click event's own timestamp), and
 * `window.__edit` resolves with the ms until the overlay shows the bench intent as `want` for a
 * settled revision. Armed in a task of its own before the click, so that the measurement adds
 * nothing to the click's task: the click is a real one, from Playwright's mouse.
 */
const ARM = `({ want }) => {
  const layer = document.querySelector('[aria-label="Reachability overlay"]');
  if (!layer) throw new Error('missing overlay');
  const done = () => layer.getAttribute('aria-busy') === 'false' &&
    (layer.querySelector('g[aria-label^="Intent bench:"]')?.getAttribute('aria-label') ?? '').includes(', ' + want);
  window.__edit = new Promise((resolve, reject) => {
    let start;
    window.addEventListener('click', (event) => {
      start = event.timeStamp;
      window.__edits.push(start);
    }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (start === undefined || !done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no ' + want + ' within 20 s')); }, 20000);
    observer.observe(layer, { subtree: true, childList: true, attributes: true });
  });
}`;

/**
 * Clicks the button as a person would, with the mouse at its centre, and returns the ms to the
 * updated overlay. The button is found first: Playwright's own click would also run its checks
 * of the hit target inside the click's task, and that task is among the ones measured.
 */
async function timedClick(page: Page, button: 'remove' | 'undo', want: 'allowed' | 'blocked'): Promise<number> {
  const target =
    button === 'remove'
      ? page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Remove route 0.0.0.0/0' })
      : page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Undo', exact: true });
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`the ${button} button is not on screen`);
  await page.evaluate(`(${ARM})(${JSON.stringify({ want })})`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return (await page.evaluate('window.__edit')) as number;
}

/** Records every main-thread task over 50 ms ('longtask' entries) from the page's start. */
const LONG_TASKS = `window.__longtasks = [];
window.__edits = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
// When the worker runs: from posting an analyse request (Comlink: path ['analyse']) to its reply.
window.__runs = [];
const open = new Map();
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.path && message.path[0] === 'analyse') open.set(message.id, performance.now());
  return post.call(this, message, ...rest);
};
const listen = Worker.prototype.addEventListener;
Worker.prototype.addEventListener = function (type, handler, ...rest) {
  if (type !== 'message') return listen.call(this, type, handler, ...rest);
  return listen.call(this, type, function (event) {
    const started = event.data && open.get(event.data.id);
    if (started !== undefined) { open.delete(event.data.id); window.__runs.push([started, performance.now()]); }
    return handler.call(this, event);
  }, ...rest);
};`;

/** A task over 50 ms: which edit it came in (0-based, -1 before the first), when after that edit's click (negative: the task that clicked), how long. */
interface LongTask {
  readonly edit: number;
  readonly after: number;
  readonly duration: number;
  readonly duringRun: boolean;
}

/**
 * The longest task recorded since the last call, over all, and among those that overlap a
 * worker run (0 when none went over 50 ms: the browser reports no shorter ones); and each such
 * task placed in its edit, for LATENCY_DETAIL.
 */
const longest = (page: Page): Promise<{ all: number; duringRuns: number; runs: number; tasks: LongTask[] }> =>
  page.evaluate(`(() => {
    const tasks = window.__longtasks.splice(0);
    const runs = window.__runs.splice(0);
    const edits = window.__edits.splice(0);
    const overlaps = ([start, duration]) => runs.some(([from, to]) => start < to && start + duration > from);
    const placed = tasks.map(([start, duration]) => {
      // The task that holds a click starts before the click's timestamp: it is that edit's.
      const edit = edits.findLastIndex((t) => t <= start + duration);
      return { edit, after: edit < 0 ? 0 : start - edits[edit], duration, duringRun: overlaps([start, duration]) };
    });
    return {
      all: Math.max(0, ...tasks.map(([, d]) => d)),
      duringRuns: Math.max(0, ...tasks.filter(overlaps).map(([, d]) => d)),
      runs: runs.length,
      tasks: placed,
    };
  })()`) as Promise<{ all: number; duringRuns: number; runs: number; tasks: LongTask[] }>;
const over50 = (ms: number): string => (ms === 0 ? 'none over 50' : ms.toFixed(0));

async function main(): Promise<void> {
  if (!existsSync(DIST)) throw new Error(`No build in ${DIST}: run \`vite build\` first or set LATENCY_DIST.`);
  // A server of its own on a free port, stopped with the run: a fixed port could reach another
  // run's preview and measure a different build.
  const server = await startPreview(DIST);
  const browser = await chromium.launch(CHROMIUM);
  const rows: string[][] = [];
  try {
    for (const size of RUN_SIZES) {
      const { document, table } = benchDocument(size);
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript(LONG_TASKS);
      await page.goto(server.url);
      const loadStart = Date.now();
      await page.getByLabel('Import file').setInputFiles({
        name: 'bench.vpclab.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(document)),
      });
      const overlay = page.getByRole('group', { name: 'Reachability overlay' });
      await overlay
        .locator('g[aria-label^="Intent bench:"][aria-label$=", allowed"]')
        .waitFor({ state: 'attached', timeout: 120_000 });
      const loadMs = Date.now() - loadStart;
      await page.getByRole('combobox', { name: 'Find resource' }).selectOption(table);
      await page.getByRole('button', { name: 'Remove route 0.0.0.0/0' }).waitFor();
      await page.waitForTimeout(500);
      const loadTask = await longest(page);
      const samples: number[] = [];
      for (let i = 0; i < size.samples / 2; i++) {
        samples.push(await timedClick(page, 'remove', 'blocked'));
        await page.waitForTimeout(50);
        samples.push(await timedClick(page, 'undo', 'allowed'));
        await page.waitForTimeout(50);
      }
      const editTask = await longest(page);
      if (process.env.LATENCY_DETAIL) {
        for (const task of editTask.tasks) {
          console.log(
            `  ${document.resources.length} resources, ` +
              (task.edit < 0
                ? `before the first edit: task of ${task.duration.toFixed(0)} ms`
                : `edit ${task.edit + 1}: task of ${task.duration.toFixed(0)} ms ` +
                  (task.after < 0 ? 'holding the click' : `${task.after.toFixed(0)} ms after the click`)) +
              (task.duringRun ? ', while the worker ran' : ''),
          );
        }
      }
      // Every edit changes what the engine reads: a run each, or the figure would measure nothing.
      if (editTask.runs < samples.length)
        throw new Error(`saw ${editTask.runs} worker runs for ${samples.length} edits`);
      rows.push([
        String(document.resources.length),
        String(samples.length),
        percentile(samples, 50).toFixed(0),
        percentile(samples, 95).toFixed(0),
        Math.max(...samples).toFixed(0),
        over50(editTask.duringRuns),
        over50(editTask.all),
        `${loadTask.all.toFixed(0)} (load ${(loadMs / 1000).toFixed(1)} s)`,
      ]);
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const header = [
    'resources',
    'samples',
    'median ms',
    'p95 ms',
    'max ms',
    'longest task while worker runs ms',
    'longest task in edits ms',
    'longest task at load ms',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join(' | ');
  console.log('Edit to updated overlay (remove a route / undo), in the built page; shared, noisy machine.');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log('Bars: 200 resources p95 < 100 ms; no main-thread task over 50 ms while the worker runs on 1,000.');
}

await main();
