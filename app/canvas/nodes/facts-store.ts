import { useCallback, useSyncExternalStore } from 'react';
import { NO_FACTS, sameFactsMap, type NodeFacts } from '../node-facts.ts';

type Listener = () => void;

/**
 * The facts of the drawn nodes (see `NodeFacts`), published by the canvas once per diagram and
 * read by each node component for its own id. Publishing calls only the listeners of ids whose
 * facts object changed, so an edit that turns one subnet private re-renders that subnet alone,
 * and React Flow's store is not touched.
 */
export class FactsStore {
  private facts: ReadonlyMap<string, NodeFacts> = new Map();
  private readonly byId = new Map<string, Set<Listener>>();
  private readonly any = new Set<Listener>();

  publish(next: ReadonlyMap<string, NodeFacts>): void {
    const previous = this.facts;
    this.facts = next;
    if (next === previous || sameFactsMap(previous, next)) return;
    for (const [id, listeners] of this.byId) {
      if (previous.get(id) !== next.get(id)) for (const listener of listeners) listener();
    }
    for (const listener of this.any) listener();
  }

  get(id: string): NodeFacts {
    return this.facts.get(id) ?? NO_FACTS;
  }

  subscribe(id: string, listener: Listener): () => void {
    let listeners = this.byId.get(id);
    if (!listeners) this.byId.set(id, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.byId.delete(id);
    };
  }

  /** Called after any publish that changed some node's facts (the mini map repaints). */
  subscribeAll(listener: Listener): () => void {
    this.any.add(listener);
    return () => this.any.delete(listener);
  }
}

export const nodeFacts = new FactsStore();

/** The facts of one node, re-rendering the caller only when they change. */
export function useNodeFacts(id: string): NodeFacts {
  const subscribe = useCallback((listener: Listener) => nodeFacts.subscribe(id, listener), [id]);
  const read = useCallback(() => nodeFacts.get(id), [id]);
  return useSyncExternalStore(subscribe, read, read);
}
