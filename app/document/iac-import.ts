import { looksLikeCloudFormation, readCloudFormation } from '../../src/io/cloudformation/read.ts';
import { IacInputError, type IacImport } from '../../src/io/iac/result.ts';
import { looksLikeTerraformHcl, looksLikeTerraformShowJson, readTerraform } from '../../src/io/terraform/read.ts';
import { decodeDocumentBytes, validateDocument } from '../../src/model/index.ts';
import { currentT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { parseHclInPage } from './hcl-parser.ts';
import { describeIssue } from './import.ts';
import { rememberImportWarnings } from './import-warnings.ts';
import { describeIacWarning } from '../../src/io/iac/describe.ts';

/**
 * Import of infrastructure as code: a CloudFormation template (YAML or JSON), Terraform `.tf`
 * or the JSON of `terraform show -json`, recognised by content (a `.json` file may be any of
 * them, or a VPC Lab document). The design replaces the current one as one undoable step and
 * the warnings go to a notice and the Findings tab; a design that would be invalid is refused
 * with its errors listed, and the current design stays.
 */

export type IacKind = 'cloudformation' | 'terraform' | 'terraformShow';

/** Which IaC format a file is, or null for anything else (a VPC Lab document). */
export function iacKindOf(fileName: string, text: string): IacKind | null {
  if (looksLikeTerraformShowJson(text)) return 'terraformShow';
  if (
    /\.tf$/i.test(fileName) ||
    (!text.trimStart().startsWith('{') && looksLikeTerraformHcl(text) && !looksLikeCloudFormation(text))
  )
    return 'terraform';
  if (looksLikeCloudFormation(text)) return 'cloudformation';
  return null;
}

async function read(kind: IacKind, fileName: string, text: string): Promise<IacImport> {
  const name = fileName.replace(/\.(cfn\.)?(ya?ml|json|template|tf)$/i, '');
  if (kind === 'cloudformation') return readCloudFormation(text, { name });
  return readTerraform([{ name: fileName, text }], parseHclInPage, { name });
}

/** Imports one IaC file into the editor; returns whether the design was replaced. */
export async function importIacFile(kind: IacKind, fileName: string, text: string): Promise<boolean> {
  const t = currentT();
  const { notify, replaceDocument } = useEditor.getState();
  const format = t(`iac:format.${kind}`);
  let result: IacImport;
  try {
    result = await read(kind, fileName, text);
  } catch (error) {
    const reason = error instanceof IacInputError || error instanceof Error ? error.message : String(error);
    notify({ kind: 'error', text: t('iac:notice.unreadable', { source: fileName, reason }) });
    return false;
  }
  const report = validateDocument(result.document);
  if (!report.valid || !report.document) {
    notify({
      kind: 'error',
      text: t('iac:notice.invalid', { format, source: fileName, count: report.errors.length }),
      details: report.errors.map(describeIssue),
    });
    return false;
  }
  replaceDocument(report.document);
  rememberImportWarnings({ iac: result.warnings });
  const count = result.warnings.length;
  notify(
    count === 0
      ? { kind: 'info', text: t('iac:notice.imported', { format, source: fileName }) }
      : {
          kind: 'info',
          text: t('iac:notice.importedWithWarnings', { format, source: fileName, count }),
          details: result.warnings.map((warning) => describeIacWarning(warning, t)),
        },
  );
  return true;
}

/**
 * Imports a chosen file if it is infrastructure as code (true: handled, whatever the outcome);
 * false leaves it to the VPC Lab document import.
 */
export async function importIfIac(fileName: string, bytes: Uint8Array): Promise<boolean> {
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) return false;
  const kind = iacKindOf(fileName, decoded.text);
  if (kind === null) return false;
  await importIacFile(kind, fileName, decoded.text);
  return true;
}
