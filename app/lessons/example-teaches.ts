import { create } from 'zustand';
import { loadExampleIndex, type ExampleEntry } from '../document/examples.ts';
import { useEditor } from '../store/store.ts';

/** What the example just opened teaches, until dismissed or another design is put in place. */
interface TeachesState {
  readonly entry: ExampleEntry | null;
  /** The store's `replacements` once the example was in place: any later replacement hides the note. */
  readonly replacements: number;
}

export const useExampleTeaches = create<TeachesState>()(() => ({ entry: null, replacements: -1 }));

/** Shows what `entry` teaches (called once the example is in place). */
export function showTeaches(entry: ExampleEntry): void {
  if (entry.teaches === undefined) return;
  useExampleTeaches.setState({ entry, replacements: useEditor.getState().replacements });
}

/** The same for an example opened by its name (`?example=`), looked up in the index. */
export async function showTeachesOf(name: string): Promise<void> {
  const file = name.endsWith('.json') ? name : `${name}.json`;
  const replacements = useEditor.getState().replacements;
  const entry = (await loadExampleIndex().catch(() => [])).find((e) => e.file === file);
  // Another design may have been opened while the index loaded.
  if (entry?.teaches !== undefined && useEditor.getState().replacements === replacements)
    useExampleTeaches.setState({ entry, replacements });
}

export function dismissTeaches(): void {
  useExampleTeaches.setState({ entry: null, replacements: -1 });
}
