import { parseArgs } from 'node:util';
import { checkCommand } from './commands/check.ts';
import { matrixCommand } from './commands/matrix.ts';
import { traceCommand } from './commands/trace.ts';
import { validateCommand } from './commands/validate.ts';
import { languageOption } from './args.ts';
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
        if (file === undefined) throw new UsageError('validate needs a file (or "-" for standard input)');
        if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
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
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`vpclab: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
