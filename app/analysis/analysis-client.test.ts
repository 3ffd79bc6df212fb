import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyEdit, type EditCommand } from '../../src/edit/index.ts';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { AnalysisSession } from '../../src/worker/session.ts';
import type { AnalysisReport } from '../../src/worker/protocol.ts';
import { analysesAlike } from '../../src/worker/analyses-alike.ts';
import { AnalysisClient } from './analysis-client.ts';

// Vite's glob import keeps this test free of Node APIs (app/ has no Node types).
const example = Object.values(
  import.meta.glob<{ document: VpcLabDocument }>('../../public/examples/01-public-private-subnets.json', {
    eager: true,
    import: 'default',
  }),
)[0]!.document;

const edit = (document: VpcLabDocument, command: EditCommand): VpcLabDocument => {
  const result = applyEdit(document, command);
  if (!result.ok) throw new Error(result.message);
  return result.document;
};

/** How a test's worker misbehaves: crash on a revision, throw on sending a document, never answer traces. */
interface Faults {
  /** Revisions whose run makes the worker crash (an error event, as an uncaught error in a worker gives). */
  crashOn?: ReadonlySet<number>;
  /** A document the page cannot send (as one too deep for the structured clone). */
  unsendable?: unknown;
  /** The worker stops answering traces and lesson checks (it died without an error event). */
  silent?: boolean;
}

/** An in-process "worker": the real session behind a MessageChannel, counting its runs. */
function inProcessWorker(runs: number[], sends: number[], faults: Faults) {
  const session = new AnalysisSession();
  const analyse = session.analyse.bind(session);
  const { port1, port2 } = new MessageChannel();
  const worker = Object.assign(port1, { terminate: () => port1.close() }) as unknown as Worker & MessagePort;
  session.analyse = (document, revision) => {
    runs.push(revision);
    if (faults.crashOn?.has(revision)) setTimeout(() => worker.dispatchEvent(new Event('error')));
    return analyse(document, revision);
  };
  const never = () => new Promise<never>(() => undefined) as never;
  const trace = session.trace.bind(session);
  const checkLesson = session.checkLesson.bind(session);
  session.trace = (...args) => (faults.silent ? never() : trace(...args));
  session.checkLesson = (...args) => (faults.silent ? never() : checkLesson(...args));
  expose(session, port2);
  const post = port1.postMessage.bind(port1);
  worker.postMessage = ((message: { argumentList?: { value?: unknown }[] }) => {
    const first = message.argumentList?.[0]?.value;
    if (first !== undefined && first === faults.unsendable) {
      sends.push(-1);
      throw new RangeError('Maximum call stack size exceeded');
    }
    sends.push(1);
    post(message);
  }) as typeof worker.postMessage;
  return worker;
}

function harness(faults: Faults = {}, requestTimeoutMs?: number) {
  const runs: number[] = [];
  const sends: number[] = [];
  const reports: AnalysisReport[] = [];
  const notices: string[] = [];
  const workers: (Worker & MessagePort)[] = [];
  const client = new AnalysisClient(
    { report: (r) => reports.push(r), busy: () => undefined, notice: (text) => notices.push(text) },
    () => {
      const worker = inProcessWorker(runs, sends, faults);
      workers.push(worker);
      return worker;
    },
    (a, b) => analysesAlike(a as VpcLabDocument, b as VpcLabDocument),
    requestTimeoutMs,
  );
  clients.push(client);
  const settled = (revision: number) => vi.waitFor(() => expect(reports.at(-1)?.revision).toBe(revision));
  return { client, runs, sends, reports, notices, workers, settled };
}

const clients: AnalysisClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

/** The public subnets lose their internet route: web-1 is no longer reachable from the internet. */
const withoutRoute = (document: VpcLabDocument) =>
  edit(document, { type: 'update-resource', id: 'rt-public', patch: { routes: [] } });

describe('AnalysisClient', () => {
  it('reports each revision tagged with it, and never an older one after a newer was asked for', async () => {
    const { client, reports, settled } = harness();
    client.submit(example, 1);
    client.submit(withoutRoute(example), 2);
    await settled(2);
    expect(reports.map((r) => r.revision)).toEqual([2]);
    expect(reports[0]!.intents.some((i) => !i.pass)).toBe(true);
  });

  it('answers a move with the last analysis, without running it again, and traces it', async () => {
    const { client, runs, reports, settled } = harness();
    client.submit(example, 1);
    await settled(1);
    const moved = edit(example, { type: 'move', layout: { 'vpc-main': { ...example.layout!['vpc-main']!, x: 400 } } });
    client.submit(moved, 2);
    await settled(2);
    expect(runs).toEqual([1]);
    expect(reports[1]!.intents).toEqual(reports[0]!.intents);
    const trace = await client.trace(2, { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 });
    expect(trace.ok).toBe(true);
  });

  it('answers a move made while its revision is still running with that run', async () => {
    const { client, runs, reports, settled } = harness();
    client.submit(example, 1);
    const moved = edit(example, { type: 'move', layout: { 'vpc-main': { ...example.layout!['vpc-main']!, y: 90 } } });
    client.submit(moved, 2);
    await settled(2);
    expect(runs).toEqual([1]);
    expect(reports.map((r) => r.revision)).toEqual([2]);
  });

  it('runs again for a change the engine reads', async () => {
    const { client, runs, settled } = harness();
    client.submit(example, 1);
    await settled(1);
    client.submit(withoutRoute(example), 2);
    await settled(2);
    expect(runs).toEqual([1, 2]);
  });

  it('restarts a crashed worker with a notice, and analyses the latest revision again', async () => {
    const { client, notices, workers, settled } = harness();
    client.submit(example, 1);
    workers[0]!.dispatchEvent(new Event('error'));
    expect(notices).toEqual(['The analysis worker crashed and was restarted.']);
    await settled(1);
    expect(workers).toHaveLength(2);
  });

  it('never sends again a document it could not send, and runs the next change as usual', async () => {
    const unsendable = withoutRoute(example);
    const { client, sends, notices, workers, settled } = harness({ unsendable });
    client.submit(unsendable, 1);
    await vi.waitFor(() => expect(notices).toHaveLength(1));
    expect(notices[0]).toContain('Maximum call stack size exceeded');
    // Time for a resend loop to show itself, had there been one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sends.filter((s) => s === -1)).toHaveLength(1);
    expect(workers).toHaveLength(1);
    client.submit(example, 2);
    await settled(2);
  });

  it('gives up on a document the worker died on twice in a row, and spaces its restarts', async () => {
    const { client, runs, notices, workers, reports } = harness({ crashOn: new Set([1]) });
    client.submit(example, 1);
    await vi.waitFor(() => expect(notices.at(-1)).toMatch(/stopped twice/));
    await new Promise((resolve) => setTimeout(resolve, 600));
    // The first worker, one restarted at once, one restarted after a pause and left idle.
    expect(runs).toEqual([1, 1]);
    expect(workers).toHaveLength(3);
    expect(reports).toHaveLength(0);
    client.submit(withoutRoute(example), 2);
    await vi.waitFor(() => expect(reports.at(-1)?.revision).toBe(2));
  });

  it('fails a trace and a lesson check the worker never answers, restarts it, and traces again after', async () => {
    const faults: Faults = { silent: true };
    const { client, workers, settled } = harness(faults, 150);
    client.submit(example, 1);
    await settled(1);
    const query = { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 } as const;
    const reply = await client.trace(1, query);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(/did not answer/);
    await expect(client.checkLesson(example, [])).rejects.toThrow(/did not answer/);
    expect(workers.length).toBeGreaterThanOrEqual(2);
    faults.silent = false;
    client.submit(withoutRoute(example), 2);
    await settled(2);
    const after = await client.trace(2, query);
    expect(after.ok).toBe(true);
  });

  it('fails a trace at once when its worker crashes under it', async () => {
    const { client, workers, settled } = harness({ silent: true }, 60_000);
    client.submit(example, 1);
    await settled(1);
    const reply = client.trace(1, { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    workers[0]!.dispatchEvent(new Event('error'));
    const answered = await reply;
    expect(answered.ok ? '' : answered.error).toMatch(/stopped and was restarted/);
  });
});
