import { create } from 'zustand';
import type { VpcLabDocument } from '../../../src/model/index.ts';
import type { DiagramNodeData } from '../diagram-types.ts';
import { CONNECT_TARGETS, connectionVerdict, type Verdict } from './connection-verdict.ts';

/** The resource whose "Connect to…" dialog is open (the keyboard's way to draw a connection). */
export const useConnectTo = create<{ readonly source: string | null }>(() => ({ source: null }));

export const openConnectTo = (source: string | null) => useConnectTo.setState({ source });

/** A place a connection from `source` can be drawn to, with what drawing it would do. */
export interface ConnectTarget {
  readonly id: string;
  readonly type: string;
  readonly name: string | undefined;
  readonly verdict: Extract<Verdict, { ok: true }>;
}

/**
 * Every resource (and the Internet) a connection from `source` means something to, in document
 * order: the same judgement a drag asks of each node it passes over (connection-verdict.ts).
 */
export function connectTargets(document: VpcLabDocument, source: string): ConnectTarget[] {
  const from = document.resources.find((r) => r.id === source);
  if (!from) return [];
  const ends: (Pick<DiagramNodeData, 'resourceId' | 'type'> & { readonly name: string | undefined })[] = [
    ...document.resources
      .filter((r) => r.id !== source && CONNECT_TARGETS.has(r.type))
      .map((r) => ({ resourceId: r.id, type: r.type, name: r.name })),
    { resourceId: 'internet', type: 'internet', name: undefined },
  ];
  return ends.flatMap((end) => {
    const verdict = connectionVerdict(document, { resourceId: from.id, type: from.type }, end);
    return verdict.ok ? [{ id: end.resourceId, type: end.type, name: end.name, verdict }] : [];
  });
}
