import { parseArgs } from 'node:util';
import { analyse, compileDocument } from '../../engine/index.ts';
import { fileArgument, ipVersionOption, parseOrUsage, portOption } from '../args.ts';
import { EXIT, UsageError, type Console } from '../io.ts';
import { loadValidDocument } from '../load.ts';
import { matrixPairs, type MatrixPair } from '../matrix-data.ts';
import { formatMatrix } from '../text/matrix.ts';

const OPTIONS = {
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
  'ip-version': { type: 'string' },
  port: { type: 'string' },
} as const;

/**
 * `vpclab matrix <file> [--json|--csv] [--ip-version 4|6] [--port N]`: what every endpoint can
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
  const loaded = await loadValidDocument(file, values.json, io);
  if ('exit' in loaded) return loaded.exit;
  const analysis = analyse(compileDocument(loaded.document, loaded.index), ipVersion);
  if (values.json) {
    const endpoints = analysis.endpoints.map(({ id, kind, type }) => ({ id, kind, type }));
    const pairs = matrixPairs(analysis, port);
    const body = { ipVersion, ...(port === undefined ? {} : { port }), endpoints, pairs };
    io.stdout(JSON.stringify(body, null, 2) + '\n');
  } else if (values.csv) {
    io.stdout(toCsv(matrixPairs(analysis, port)));
  } else {
    io.stdout(formatMatrix(analysis, port).join('\n') + '\n');
  }
  return EXIT.ok;
}

const COLUMNS = ['from', 'to', 'tcp', 'udp', 'icmp', 'other'] as const;

function toCsv(pairs: readonly MatrixPair[]): string {
  const rows = pairs.map((pair) => COLUMNS.map((column) => csvCell(pair[column])).join(','));
  return [COLUMNS.join(','), ...rows].join('\n') + '\n';
}

/** Quotes a cell when it needs it (port lists with ";", ids are plain). */
function csvCell(text: string): string {
  return /[",;\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
