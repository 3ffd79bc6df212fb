import type { IacImport } from '../iac/result.ts';
import { IacInputError } from '../iac/result.ts';
import { WarningList } from '../iac/warnings.ts';
import { mapTerraform } from './map.ts';
import type { TfInput } from './model.ts';
import { hclInput } from './read-hcl.ts';
import { isTerraformShowJson, showInput } from './read-show.ts';

/**
 * Reads Terraform into a document: `.tf` files (HCL, parsed by @cdktf/hcl2json), `.tf.json`
 * files, or the JSON of `terraform show -json` (a state or a plan). Several .tf files are one
 * configuration, as in a Terraform directory.
 */

/** Parses HCL to hcl2json's JSON; the CLI passes @cdktf/hcl2json's `parse`, the page a wasm loader. */
export type HclParser = (fileName: string, text: string) => Promise<Record<string, unknown>>;

export interface TerraformFile {
  readonly name: string;
  readonly text: string;
}

export interface TerraformReadOptions {
  /** The document's name when the input gives none (e.g. the file or folder name). */
  readonly name?: string;
  /** Resolves `data.aws_region` and `data.aws_availability_zones`. */
  readonly region?: string;
  /** Variable values, as `-var name=value` gives them. */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** True when text is Terraform HCL (by content). */
export function looksLikeTerraformHcl(text: string): boolean {
  return /^\s*(resource|data|variable|locals|provider|terraform|module|output)(\s+"[^"\n]*")*\s*\{/m.test(text);
}

/** True when text is the JSON of `terraform show -json`. */
export function looksLikeTerraformShowJson(text: string): boolean {
  if (!/"format_version"/.test(text)) return false;
  try {
    return isTerraformShowJson(JSON.parse(text));
  } catch {
    return false;
  }
}

export async function readTerraform(
  files: readonly TerraformFile[],
  parse: HclParser,
  options: TerraformReadOptions = {},
): Promise<IacImport> {
  const warnings = new WarningList();
  const shows: TfInput[] = [];
  const configurations: Record<string, unknown>[] = [];
  for (const file of files) {
    const trimmed = file.text.trimStart();
    if (trimmed.startsWith('{')) {
      let data: unknown;
      try {
        data = JSON.parse(file.text);
      } catch (error) {
        throw new IacInputError(`${file.name}: not readable JSON: ${(error as Error).message}`);
      }
      if (isTerraformShowJson(data)) shows.push(showInput(data as Record<string, unknown>, warnings));
      else if (
        typeof data === 'object' &&
        data !== null &&
        ('resource' in data || 'variable' in data || 'locals' in data)
      )
        configurations.push(data as Record<string, unknown>);
      else
        throw new IacInputError(
          `${file.name}: neither \`terraform show -json\` output nor Terraform JSON configuration`,
        );
      continue;
    }
    if (!looksLikeTerraformHcl(file.text))
      throw new IacInputError(`${file.name}: not Terraform (no resource, variable or other block)`);
    try {
      configurations.push(await parse(file.name, file.text));
    } catch (error) {
      throw new IacInputError(`${file.name}: ${(error as Error).message}`);
    }
  }
  if (shows.length && configurations.length)
    throw new IacInputError('give either .tf files or `terraform show -json` output, not both');
  if (shows.length > 1) throw new IacInputError('give one `terraform show -json` output at a time');
  const input =
    shows[0] ?? hclInput(configurations, warnings, { region: options.region, variables: options.variables });
  const document = mapTerraform(input, warnings, { name: options.name ?? 'Terraform configuration' });
  return { document, warnings: warnings.items };
}
