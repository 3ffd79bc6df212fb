import { parseArgs } from 'node:util';
import { checkCommand } from './commands/check.ts';
import { importCommand as importAwsCommand } from './commands/import.ts';
import { exportCommand, importCommand as importIacCommand } from './commands/iac.ts';
import { lessonCommand } from './commands/lesson.ts';
import { matrixCommand } from './commands/matrix.ts';
import { traceCommand } from './commands/trace.ts';
import { validateCommand } from './commands/validate.ts';
import { languageOption } from './args.ts';
import { isLanguage, translator, type Language } from '../i18n/i18n.ts';
import { EXIT, UsageError, type Console } from './io.ts';

const USAGE = `Usage: vpclab <command> <file> [options]     ("-" as <file> reads standard input)

Commands:
  validate <file> [--json]
      check a VPC Lab document against the format
      exit 0 valid, 1 errors found
  check <file> [--json]
      validation, the document's intents and configuration findings
      exit 0 valid and every intent passes, 1 otherwise
  trace <file> --from A --to B [--protocol tcp] [--port 443] [--ip-version 4|6] [--json]
      follow one flow hop by hop, both ways; --protocol is tcp, udp, icmp, icmpv6, all or 0-255
      (default tcp); tcp and udp need --port
      exit 0 allowed, 1 blocked or partial (or an invalid document)
  matrix <file> [--json | --csv] [--ip-version 4|6] [--port N]
      what every endpoint can open to every other; --port focuses on one TCP/UDP port
      exit 0, or 1 for an invalid document
  lesson check <file> [--json] [--lang en|ja]
      validate a lesson file (every problem with its path) and prove it: its start must fail
      at least one intent and its solution must pass every one; prints each intent's verdict
      and, for the start's failures, what blocks
      exit 0 a sound lesson, 1 otherwise

  import aws <folder|files...> [-o out.json] [--name NAME]
      AWS CLI JSON (describe-vpcs, describe-subnets, … one output per file, any subset; a folder
      may hold accounts/<id>/<region>/) to one VPC Lab document, on standard output or -o;
      what the document cannot hold as AWS has it is listed on standard error
      exit 0 imported (with or without warnings), 1 when an input cannot be read

  import cloudformation <template> [-o out] [--region R] [--parameter Name=value ...]
  import terraform <file.tf|dir|show.json> [-o out] [--region R] [--var name=value ...]
      read a CloudFormation template (YAML or JSON) or Terraform (.tf files, a directory of
      them, or \`terraform show -json\` output) into a VPC Lab document; what cannot be carried
      over is listed on stderr; exit 0 written, 1 the design it describes is invalid
  export cloudformation|terraform <file> [-o out]
      write a document as a CloudFormation template (YAML) or Terraform HCL
      exit 0 written, 1 for an invalid document

Every command takes --lang en|ja (default: the VPCLAB_LANG environment variable, else en):
the language of everything it prints; --json keeps its data and words its messages in it.

Endpoints: a resource id, internet, internet:<ip>, s3, dynamodb or an IP address.
Every command exits 2 on unreadable input, bad usage or an unknown endpoint.
`;

/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */
export async function main(argv: readonly string[], io: Console): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { json: { type: 'boolean', default: false }, lang: { type: 'string' } },
          allowPositionals: true,
        });
        const [file, ...extra] = positionals;
        if (file === undefined) {
          throw new UsageError('validate needs a file (or "-" for standard input)', {
            key: 'needsFile',
            params: { command: 'validate' },
          });
        }
        if (extra.length) {
          throw new UsageError(`unexpected argument "${extra[0]}"`, {
            key: 'unexpectedArgument',
            params: { command: 'validate', value: String(extra[0]) },
          });
        }
        return await validateCommand(
          { file, json: values.json, language: languageOption('validate', values.lang) },
          io,
        );
      }
      case 'check':
        return await checkCommand(rest, io);
      case 'trace':
        return await traceCommand(rest, io);
      case 'matrix':
        return await matrixCommand(rest, io);
      case 'lesson':
        return await lessonCommand(rest, io);
      case 'import':
        return rest[0] === 'aws' ? await importAwsCommand(rest, io) : await importIacCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(usageText(argvLanguage(rest)));
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`, { key: 'unknownCommand', params: { command } });
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const language = argvLanguage(rest);
      io.stderr(`vpclab: ${usageMessage(error as Error, language)}\n\n${usageText(language)}`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** The usage text in a language: English as written above, others from catalogue `cli`. */
function usageText(language: Language): string {
  return language === 'en' ? USAGE : translator(language)('cli:help.text');
}

/** A usage mistake in a language: worded from its key when it has one, else its English sentence. */
function usageMessage(error: Error, language: Language): string {
  if (language === 'en' || !(error instanceof UsageError) || !error.words) return error.message;
  return translator(language)(`cli:usageErrors.${error.words.key}`, { ...error.words.params });
}

/**
 * The language a command line asked for (`--lang ja`, `--lang=ja`, else VPCLAB_LANG), read
 * leniently: a usage mistake may come before the options are parsed, and is worded in it.
 */
function argvLanguage(args: readonly string[]): Language {
  const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at < 0 ? process.env['VPCLAB_LANG'] : args[at]!.includes('=') ? args[at]!.slice(7) : args[at + 1];
  return isLanguage(value) ? value : 'en';
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
