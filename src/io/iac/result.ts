import type { VpcLabDocument } from '../../model/index.ts';
import type { IacWarning } from './warnings.ts';

/** What an IaC reader returns: a document (not yet validated) and what it could not carry. */
export interface IacImport {
  readonly document: VpcLabDocument;
  readonly warnings: readonly IacWarning[];
}

/** What an IaC writer returns: the text to save and what the target language cannot say. */
export interface IacExport {
  readonly text: string;
  readonly warnings: readonly IacWarning[];
}

/** Raised when the input is not the format at all (not a template, not HCL): nothing to import. */
export class IacInputError extends Error {}
