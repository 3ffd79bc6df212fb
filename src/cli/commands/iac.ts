import { readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { translator } from '../../i18n/i18n.ts';
import { decodeDocumentBytes, validateDocument, type VpcLabDocument } from '../../model/index.ts';
import { readCloudFormation } from '../../io/cloudformation/read.ts';
import { writeCloudFormation } from '../../io/cloudformation/write.ts';
import { describeIacWarning } from '../../io/iac/describe.ts';
import { IacInputError, type IacImport } from '../../io/iac/result.ts';
import type { IacWarning } from '../../io/iac/warnings.ts';
import { parseHclInNode } from '../../io/terraform/parse-node.ts';
import { readTerraform, type TerraformFile } from '../../io/terraform/read.ts';
import { writeTerraform } from '../../io/terraform/write.ts';
import { formatIssues } from '../format-issues.ts';
import { EXIT, readInput, readReport, UsageError, type Console } from '../io.ts';

/**
 * `vpclab import cloudformation|terraform …` and `vpclab export cloudformation|terraform …`.
 * The document or template goes to standard output or `-o`; warnings (what could not be
 * carried over) go to standard error. Exit 0 when written, 1 when the input describes an
 * invalid design (its errors on standard error), 2 for unreadable input or bad usage.
 */

const t = translator('en');

function printWarnings(warnings: readonly IacWarning[], io: Console): void {
  for (const warning of warnings) io.stderr(`warning  ${describeIacWarning(warning, t)}\n`);
}

async function output(text: string, file: string | undefined, io: Console): Promise<void> {
  if (file === undefined || file === '-') {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

async function readText(path: string, io: Console): Promise<string> {
  const decoded = decodeDocumentBytes(await readInput(path, io));
  if (!decoded.ok) throw new UsageError(`cannot read ${path}: ${decoded.issue.message}`);
  return decoded.text;
}

/** A .tf file, a show JSON, or a directory of .tf / .tf.json files (as `terraform` reads one). */
async function terraformFiles(paths: readonly string[], io: Console): Promise<TerraformFile[]> {
  const files: TerraformFile[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.tf') || name.endsWith('.tf.json')).sort();
      if (names.length === 0) throw new UsageError(`${path} has no .tf files`);
      for (const name of names) files.push({ name, text: await readText(join(path, name), io) });
    } else files.push({ name: path === '-' ? 'stdin' : basename(path), text: await readText(path, io) });
  }
  return files;
}

function variables(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals < 1) throw new UsageError(`--var needs name=value, not "${pair}"`);
    out[pair.slice(0, equals)] = pair.slice(equals + 1);
  }
  return out;
}

export async function importCommand(args: readonly string[], io: Console): Promise<number> {
  const [format, ...rest] = args;
  if (format !== 'cloudformation' && format !== 'terraform')
    throw new UsageError(
      format === undefined
        ? 'import needs a format: aws, cloudformation or terraform'
        : `unknown import format "${format}" (known: aws, cloudformation, terraform)`,
    );
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: {
      output: { type: 'string', short: 'o' },
      region: { type: 'string' },
      name: { type: 'string' },
      var: { type: 'string', multiple: true, default: [] },
      parameter: { type: 'string', multiple: true, default: [] },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError(`import ${format} needs a file`);
  let result: IacImport;
  try {
    if (format === 'cloudformation') {
      if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
      const file = positionals[0]!;
      result = readCloudFormation(await readText(file, io), {
        name: values.name ?? basename(file).replace(/\.(cfn\.)?(ya?ml|json|template)$/i, ''),
        ...(values.region !== undefined && { region: values.region }),
        parameters: variables(values.parameter),
      });
    } else {
      const first = positionals[0]!;
      result = await readTerraform(await terraformFiles(positionals, io), parseHclInNode, {
        name: values.name ?? basename(first).replace(/\.(tf|json)$/i, ''),
        ...(values.region !== undefined && { region: values.region }),
        variables: variables(values.var),
      });
    }
  } catch (error) {
    if (error instanceof IacInputError) throw new UsageError(error.message);
    throw error;
  }
  printWarnings(result.warnings, io);
  const report = validateDocument(result.document);
  if (report.errors.length) {
    io.stderr(formatIssues(positionals.join(' '), report.errors, []));
    return EXIT.findings;
  }
  await output(`${JSON.stringify(result.document, null, 2)}\n`, values.output, io);
  return EXIT.ok;
}

export async function exportCommand(args: readonly string[], io: Console): Promise<number> {
  const [format, ...rest] = args;
  if (format !== 'cloudformation' && format !== 'terraform')
    throw new UsageError(
      format === undefined ? 'export needs a format: cloudformation or terraform' : `unknown export format "${format}"`,
    );
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: { output: { type: 'string', short: 'o' } },
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(`export ${format} needs a document (or "-" for standard input)`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const report = await readReport(file, io);
  if (report.document === null || report.errors.length) {
    io.stderr(formatIssues(file, report.errors, []));
    return EXIT.findings;
  }
  const document: VpcLabDocument = report.document;
  const exported = format === 'cloudformation' ? writeCloudFormation(document) : writeTerraform(document);
  printWarnings(exported.warnings, io);
  await output(exported.text, values.output, io);
  return EXIT.ok;
}
