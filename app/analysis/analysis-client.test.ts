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

/** An in-process "worker": the real session behind a MessageChannel, counting its runs. */
function inProcessWorker(runs: number[]) {
  const session = new AnalysisSession();
  const analyse = session.analyse.bind(session);
  session.analyse = (document, revision) => {
    runs.push(revision);
    return analyse(document, revision);
  };
  const { port1, port2 } = new MessageChannel();
  expose(session, port2);
  return Object.assign(port1, { terminate: () => port1.close() }) as unknown as Worker & MessagePort;
}

function harness() {
  const runs: number[] = [];
  const reports: AnalysisReport[] = [];
  const notices: string[] = [];
  const workers: (Worker & MessagePort)[] = [];
  const client = new AnalysisClient(
    { report: (r) => reports.push(r), busy: () => undefined, notice: (text) => notices.push(text) },
    () => {
      const worker = inProcessWorker(runs);
      workers.push(worker);
      return worker;
    },
    (a, b) => analysesAlike(a as VpcLabDocument, b as VpcLabDocument),
  );
  clients.push(client);
  const settled = (revision: number) => vi.waitFor(() => expect(reports.at(-1)?.revision).toBe(revision));
  return { client, runs, reports, notices, workers, settled };
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
});
