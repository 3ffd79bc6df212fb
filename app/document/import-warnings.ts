import { create } from 'zustand';
import type { AwsImportWarning } from '../../src/io/aws/index.ts';
import type { IacWarning } from '../../src/io/iac/warnings.ts';
import { useEditor } from '../store/store.ts';

/** What the last import of AWS CLI output, or of CloudFormation or Terraform, could not carry over. */
export interface ImportWarnings {
  readonly aws: readonly AwsImportWarning[];
  readonly iac: readonly IacWarning[];
}

const NONE: ImportWarnings = { aws: [], iac: [] };

/**
 * The warnings belong to the design that import produced: they are shown while that design is
 * the one loaded (the editor's `loads` count), and fall away when another design is opened.
 */
const useImportWarnings = create<{ readonly warnings: ImportWarnings; readonly load: number }>(() => ({
  warnings: NONE,
  load: -1,
}));

/** Records the warnings of the design just put in place by an import. */
export function rememberImportWarnings(warnings: Partial<ImportWarnings>): void {
  useImportWarnings.setState({ warnings: { ...NONE, ...warnings }, load: useEditor.getState().loads });
}

/** The warnings of the design on screen (none once another design was opened). */
export function useCurrentImportWarnings(): ImportWarnings {
  const loads = useEditor((state) => state.loads);
  return useImportWarnings((state) => (state.load === loads ? state.warnings : NONE));
}
