import type { VpcLabDocument } from '../../model/index.ts';

/** One input file: its path (as the person named it, for messages) and its text. */
export interface AwsInputFile {
  readonly name: string;
  readonly text: string;
}

/**
 * Why something in the input is not in the document exactly as AWS has it. `code` selects the
 * sentence (`importAws:warning.<code>` in the catalogues), `values` fills it; `id` is the AWS id
 * the warning is about and `file` the input file it came from.
 */
export interface AwsImportWarning {
  readonly id: string;
  readonly code: AwsWarningCode;
  readonly values: Readonly<Record<string, string | number>>;
  readonly file?: string;
}

export type AwsWarningCode =
  | 'skippedState'
  | 'stoppedInstance'
  | 'missingField'
  | 'unsupportedService'
  | 'unsupportedTarget'
  | 'targetNotImported'
  | 'prefixListRoute'
  | 'prefixListRule'
  | 'peerGroupNotImported'
  | 'icmpType'
  | 'extraInterface'
  | 'secondaryAddresses'
  | 'tooManyGroups'
  | 'strayInterface'
  | 'tgwAssociationsGuessed'
  | 'tgwPropagationsGuessed'
  | 'tgwSubnetsGuessed'
  | 'noOnPremisesCidrs'
  | 'detached'
  | 'peeringOtherVpc'
  | 'lbTargetUnknown'
  | 'lbTargetPorts'
  | 'unknownEngine'
  | 'edgeAssociation'
  | 'invalidDropped'
  | 'addressDropped'
  | 'inferred'
  | 'duplicate';

/** A file that cannot be read at all: the import stops and names it. */
export class AwsImportError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'AwsImportError';
  }
}

export interface AwsImportResult {
  readonly document: VpcLabDocument;
  readonly warnings: readonly AwsImportWarning[];
}
