import { create } from 'zustand';
import type { IacWarning } from '../../src/io/iac/warnings.ts';
import { useEditor } from '../store/store.ts';

/**
 * What the last CloudFormation or Terraform import could not carry over, for the Findings tab.
 * The warnings belong to the design that import produced: they are shown while that design is
 * the one loaded (the editor's `loads` count), and fall away when another design is opened.
 */
interface ImportWarnings {
  readonly warnings: readonly IacWarning[];
  readonly load: number;
}

export const useImportWarnings = create<ImportWarnings>(() => ({ warnings: [], load: -1 }));

/** Records the warnings of the design just put in place by an import. */
export function rememberImportWarnings(warnings: readonly IacWarning[]): void {
  useImportWarnings.setState({ warnings, load: useEditor.getState().loads });
}

/** The warnings of the design on screen (none once another design was opened). */
export function useCurrentImportWarnings(): readonly IacWarning[] {
  const loads = useEditor((state) => state.loads);
  const { warnings, load } = useImportWarnings();
  return load === loads ? warnings : [];
}
