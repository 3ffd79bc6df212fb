import { create } from 'zustand';
import type { AwsImportWarning } from '../../src/io/aws/index.ts';
import { useEditor } from '../store/store.ts';

interface ImportWarningsState {
  /** The warnings of the last AWS import. */
  readonly warnings: readonly AwsImportWarning[];
  /** The editor's `replacements` count that import made: once another document replaces it, the warnings go. */
  readonly replacement: number;
}

/** What the last AWS import could not bring in as AWS has it; the Findings tab lists it. */
export const useImportWarnings = create<ImportWarningsState>(() => ({ warnings: [], replacement: -1 }));

/** Remembers an import's warnings for the document just put in place. */
export function rememberImportWarnings(warnings: readonly AwsImportWarning[]): void {
  useImportWarnings.setState({ warnings, replacement: useEditor.getState().replacements });
}

const NONE: readonly AwsImportWarning[] = [];

/** The warnings of the document on screen: none once another document replaced the imported one. */
export function useCurrentImportWarnings(): readonly AwsImportWarning[] {
  const replacements = useEditor((state) => state.replacements);
  return useImportWarnings((state) => (state.replacement === replacements ? state.warnings : NONE));
}
