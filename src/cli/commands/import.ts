import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { translator } from '../../i18n/i18n.ts';
import { AwsImportError, awsWarningLine, decodeAwsFile, importAws, type AwsInputFile } from '../../io/aws/index.ts';
import { serializeDocument } from '../../io/vpclab/index.ts';
import { layOutDocument } from '../../layout/index.ts';
import { EXIT, UsageError, type Console } from '../io.ts';

/** Reads every `.json` file under a folder (sorted, so the import is the same on every machine). */
async function folderFiles(root: string, dir: string = root): Promise<AwsInputFile[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: AwsInputFile[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await folderFiles(root, path)));
    else if (entry.name.endsWith('.json'))
      files.push({ name: relative(root, path) || entry.name, text: await readFile(path, 'utf8') });
  }
  return files;
}

/** The files one argument names: a JSON file, or every JSON file under a folder. */
async function inputFiles(path: string): Promise<AwsInputFile[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [decodeAwsFile(path, await readFile(path))];
  const files = await folderFiles(path);
  return files.map((file) => ({ ...file, name: join(path, file.name) }));
}

/**
 * `vpclab import aws <folder|files...> [-o out.json]`: AWS CLI describe-* output to a VPC Lab
 * document on standard output (or -o), the warnings on standard error. Exit 0 with or without
 * warnings, 1 when an input cannot be read (the message names the file and the field).
 */
export async function importCommand(argv: readonly string[], io: Console): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { output: { type: 'string', short: 'o' }, name: { type: 'string' } },
    allowPositionals: true,
  });
  const [format, ...paths] = positionals;
  if (format !== 'aws')
    throw new UsageError(
      format === undefined ? 'import needs a format: aws' : `unknown import format "${format}" (known: aws)`,
    );
  if (paths.length === 0) throw new UsageError('import aws needs a folder or files of AWS CLI JSON output');
  const files: AwsInputFile[] = [];
  for (const path of paths) {
    try {
      files.push(...(await inputFiles(path)));
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
      io.stderr(`vpclab: cannot read ${path}: ${reason}\n`);
      return EXIT.findings;
    }
  }
  if (files.length === 0) {
    io.stderr(`vpclab: no .json files in ${paths.join(', ')}\n`);
    return EXIT.findings;
  }
  const name = values.name ?? (paths.length === 1 ? basename(paths[0]!.replace(/\/+$/, '')) : 'AWS import');
  let result;
  try {
    result = importAws(files, { name });
  } catch (error) {
    if (!(error instanceof AwsImportError)) throw error;
    io.stderr(`vpclab: ${error.message}\n`);
    return EXIT.findings;
  }
  const t = translator('en');
  const document = layOutDocument(result.document);
  const text = serializeDocument(document);
  if (values.output !== undefined) await writeFile(values.output, text);
  else io.stdout(text);
  for (const warning of result.warnings) io.stderr(`warning: ${awsWarningLine(warning, t)}\n`);
  io.stderr(
    `${t('importAws:summary', { name, resources: document.resources.length, files: files.length, warnings: result.warnings.length })}\n`,
  );
  return EXIT.ok;
}
