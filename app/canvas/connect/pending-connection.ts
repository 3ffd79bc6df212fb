import { create } from 'zustand';
import type { RoutePlan } from '../../../src/edit/index.ts';

/** A drawn connection waiting for the person: how to change a shared route table, or the rule's port. */
export type PendingConnection =
  | { readonly kind: 'route'; readonly subnet: string; readonly target: string; readonly plan: RoutePlan }
  | { readonly kind: 'rule'; readonly source: string; readonly target: string; readonly ports: readonly string[] };

/** The connection dialog's state: kept apart from the editor store, which holds only the design and its view. */
export const usePendingConnection = create<{ readonly pending: PendingConnection | null }>(() => ({ pending: null }));

export const askAbout = (pending: PendingConnection | null) => usePendingConnection.setState({ pending });
