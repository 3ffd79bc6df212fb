import type { Analysis } from '../engine/index.ts';
import type { Console } from './io.ts';
import { eachMatrixPair, matrixPairCount, type MatrixPair } from './matrix-data.ts';

/**
 * `matrix --json` and `--csv` written as a stream: pairs are formatted one at a time and written
 * in chunks of at most CHUNK characters, waiting for each to drain, so memory stays flat however
 * large the design (at 5,000 instances the JSON is gigabytes, more than one string can hold). Large outputs report
 * their progress on stderr, which leaves stdout clean for a pipe.
 */
const CHUNK = 1024 * 1024;

/** Below this many pairs the output is quick and progress would be noise. */
const PROGRESS_FROM = 50_000;

const COLUMNS = ['from', 'to', 'tcp', 'udp', 'icmp', 'other'] as const;

/** What the command learned before writing: for the first progress line. */
export interface MatrixRun {
  readonly analysis: Analysis;
  readonly port: number | undefined;
  readonly seconds: number;
}

/** Writes the JSON body, byte for byte what `JSON.stringify(body, null, 2)` gives, and a newline. */
export async function writeMatrixJson(run: MatrixRun, io: Console): Promise<void> {
  const { analysis, port } = run;
  const endpoints = analysis.endpoints.map(({ id, kind, type }) => ({ id, kind, type }));
  const head = JSON.stringify(
    { ipVersion: analysis.ipVersion, ...(port === undefined ? {} : { port }), endpoints },
    null,
    2,
  );
  const total = matrixPairCount(analysis);
  // The head without its closing "\n}", then the pairs list.
  const lines = { head: `${head.slice(0, -2)},\n  "pairs": [`, tail: total ? '\n  ]\n}\n' : ']\n}\n' };
  await writePairs(run, io, lines, (pair, i) => {
    const fields = COLUMNS.map((column) => `      "${column}": ${JSON.stringify(pair[column])}`).join(',\n');
    return `${i ? ',' : ''}\n    {\n${fields}\n    }`;
  });
}

/** Writes the CSV: a header row, then one row per ordered pair. */
export async function writeMatrixCsv(run: MatrixRun, io: Console): Promise<void> {
  const lines = { head: COLUMNS.join(','), tail: '\n' };
  await writePairs(run, io, lines, (pair) => `\n${COLUMNS.map((column) => csvCell(pair[column])).join(',')}`);
}

async function writePairs(
  run: MatrixRun,
  io: Console,
  { head, tail }: { readonly head: string; readonly tail: string },
  format: (pair: MatrixPair, i: number) => string,
): Promise<void> {
  const total = matrixPairCount(run.analysis);
  const progress = total >= PROGRESS_FROM ? progressReporter(run, total, io) : undefined;
  let chunk = head;
  let i = 0;
  for (const pair of eachMatrixPair(run.analysis, run.port)) {
    const text = format(pair, i);
    if (chunk.length + text.length > CHUNK) {
      io.stdout(chunk);
      chunk = '';
      await io.drained?.();
    }
    chunk += text;
    i += 1;
    progress?.(i);
  }
  io.stdout(chunk + tail);
  await io.drained?.();
}

/** Prints where the analysis ended, then one line per tenth of the pairs written. */
function progressReporter({ analysis, seconds }: MatrixRun, total: number, io: Console): (done: number) => void {
  const count = (n: number) => n.toLocaleString('en-US');
  io.stderr(
    `matrix: analysed ${count(analysis.endpoints.length)} endpoints in ${seconds.toFixed(1)} s; writing ${count(total)} pairs\n`,
  );
  let next = 1;
  return (done) => {
    if (done * 10 < next * total) return;
    io.stderr(`matrix: ${next * 10}% (${count(done)} of ${count(total)} pairs)\n`);
    next += 1;
  };
}

/** Quotes a cell when it needs it (port lists with ";", ids are plain). */
function csvCell(text: string): string {
  return /[",;\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
