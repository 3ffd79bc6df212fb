import { parseArgs } from 'node:util';
import { analyse, compileDocument } from '../../engine/index.ts';
import { fileArgument, ipVersionOption, languageOption, parseOrUsage, portOption } from '../args.ts';
import { EXIT, UsageError, type Console } from '../io.ts';
import { loadValidDocument } from '../load.ts';
import { writeMatrixCsv, writeMatrixJson } from '../matrix-stream.ts';
import { formatMatrix } from '../text/matrix.ts';

const OPTIONS = {
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
  'ip-version': { type: 'string' },
  port: { type: 'string' },
  lang: { type: 'string' },
} as const;

/**
 * `vpclab matrix <file> [--json|--csv] [--ip-version 4|6] [--port N] [--lang en|ja]`: what every endpoint can
 * open to every other. Exit 0 on a valid document, 1 on an invalid one, 2 on bad usage.
 */
export async function matrixCommand(args: readonly string[], io: Console): Promise<number> {
  const { values, positionals } = parseOrUsage('matrix', () =>
    parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }),
  );
  const file = fileArgument('matrix', positionals);
  if (values.json && values.csv) throw new UsageError('matrix: choose one of --json and --csv');
  const ipVersion = ipVersionOption('matrix', values['ip-version']) ?? 4;
  const port = portOption('matrix', values.port);
  const language = languageOption('matrix', values.lang);
  const loaded = await loadValidDocument(file, values.json, io, language);
  if ('exit' in loaded) return loaded.exit;
  const started = performance.now();
  const analysis = analyse(compileDocument(loaded.document, loaded.index), ipVersion);
  const run = { analysis, port, seconds: (performance.now() - started) / 1000 };
  if (values.json) await writeMatrixJson(run, io);
  else if (values.csv) await writeMatrixCsv(run, io);
  else io.stdout(formatMatrix(analysis, port, language).join('\n') + '\n');
  return EXIT.ok;
}
