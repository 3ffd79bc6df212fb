/** AWS CLI JSON (describe-* outputs) to a VPC Lab document. */
export { importAws, type AwsImportOptions } from './import.ts';
export { decodeAwsFile, isAwsOutput } from './collect.ts';
export {
  AwsImportError,
  type AwsImportResult,
  type AwsImportWarning,
  type AwsInputFile,
  type AwsWarningCode,
} from './types.ts';
export { awsWarningLine, awsWarningMessage } from './messages.ts';
