import { parseArgs } from 'node:util';
import { validateCommand } from './commands/validate.ts';
import { EXIT, UsageError, type Console } from './io.ts';

const USAGE = `Usage: vpclab <command> [options]

Commands:
  validate <file> [--json]   check a VPC Lab document against the format; "-" reads standard input

Exit codes: 0 valid, 1 errors found, 2 unreadable input or bad usage.
`;

/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */
export async function main(argv: readonly string[], io: Console): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate': {
        const { values, positionals } = parseArgs({
          args: [...rest],
          options: { json: { type: 'boolean', default: false } },
          allowPositionals: true,
        });
        const [file, ...extra] = positionals;
        if (file === undefined) throw new UsageError('validate needs a file (or "-" for standard input)');
        if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
        return await validateCommand({ file, json: values.json }, io);
      }
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
