import { beforeEach, describe, expect, it } from 'vitest';
import type { VpcLabDocument } from '../../src/model/index.ts';
import { migrateDocument } from '../../src/model/migrate.ts';
import { AnalysisSession } from '../../src/worker/session.ts';
import { useEditor } from '../store/store.ts';
import { clearTrace, pickHop, showTrace, useTrace } from './trace-store.ts';

// Read through Vite, so that this test needs no Node types.
const files = import.meta.glob<{ document: VpcLabDocument }>('../../../shared/scenarios/01-*.json', { eager: true });
/** The shared scenario (format version 1) as the page holds it after reading it. */
const scenario = (): VpcLabDocument => {
  const migrated = migrateDocument(Object.values(files)[0]!.document);
  if (!migrated.ok) throw new Error(migrated.issue.message);
  return migrated.document as unknown as VpcLabDocument;
};

/** Loads the scenario and traces internet → web-1 tcp/443 into the store, as the panel does. */
function traceWeb() {
  const document = scenario();
  useEditor.getState().replaceDocument(document);
  const { revision } = useEditor.getState();
  const session = new AnalysisSession();
  session.analyse(document, revision);
  const query = { from: 'internet', to: 'web-1', protocol: 'tcp', port: 443 } as const;
  const reply = session.trace(revision, query);
  if (!reply.ok) throw new Error(reply.error);
  showTrace({ revision, document: useEditor.getState().document, query, result: reply.result });
}

beforeEach(() => clearTrace());

describe('the trace slice', () => {
  it('keeps the trace through a move (its lines follow the boxes) and a new intent, drops it on an edit that can change it', () => {
    traceWeb();
    pickHop({ path: 'forward', index: 1 });
    useEditor.getState().dispatch({ type: 'move', layout: { 'web-1': { x: 40, y: 60 } } });
    const intent = {
      id: 'extra',
      from: 'internet',
      to: 'web-1',
      protocol: 'tcp',
      port: 443,
      expect: 'allowed',
    } as const;
    useEditor.getState().dispatch({ type: 'set-intents', intents: [intent] });
    expect(useTrace.getState().traced?.result.verdict).toBe('allowed');
    expect(useTrace.getState().hop).toEqual({ path: 'forward', index: 1 });

    useEditor.getState().dispatch({ type: 'rename-resource', from: 'web-1', to: 'web-9' });
    expect(useTrace.getState()).toEqual({ traced: null, hop: null });
  });

  it('a new trace replaces the last one and forgets its hop; "Clear trace" removes it', () => {
    traceWeb();
    pickHop({ path: 'return', index: 0 });
    traceWeb();
    expect(useTrace.getState().hop).toBeNull();
    expect(useTrace.getState().traced).not.toBeNull();
    clearTrace();
    expect(useTrace.getState().traced).toBeNull();
  });
});
