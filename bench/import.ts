/**
 * AWS import speed: per sample folder of ../shared/aws-samples, the median time to import its
 * files (parse, map, validate), and for the largest folder the import plus the auto layout the
 * page and the CLI run on it. Part of `npm run bench`; alone: `npx tsx bench/import.ts`.
 */
import { fileURLToPath } from 'node:url';
import { importAws } from '../src/io/aws/index.ts';
import { sampleFiles, sampleFolders } from '../src/io/aws/test-support/samples.ts';
import { layOutDocument } from '../src/layout/index.ts';
import { printTable } from './table.ts';

const RUNS = 15;

function medianMs(fn: () => void, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function runImportBench(): void {
  const folders = sampleFolders().map((folder) => {
    const files = sampleFiles(folder.path);
    return { ...folder, files, bytes: files.reduce((sum, f) => sum + f.text.length, 0) };
  });
  const rows = folders.map(({ name, files, bytes }) => {
    const { document, warnings } = importAws(files);
    const ms = medianMs(() => importAws(files));
    return [
      name,
      String(files.length),
      (bytes / 1024).toFixed(0),
      String(document.resources.length),
      String(warnings.length),
      ms.toFixed(2),
    ];
  });
  console.log(`\nAWS import (median of ${RUNS} runs per sample folder)\n`);
  printTable(['sample', 'files', 'KiB', 'resources', 'warnings', 'import ms'], rows);
  const largest = [...folders].sort((a, b) => b.bytes - a.bytes)[0]!;
  const total = medianMs(() => layOutDocument(importAws(largest.files).document));
  console.log(
    `\nLargest folder ${largest.name} (${(largest.bytes / 1024).toFixed(0)} KiB): import + layout ${total.toFixed(2)} ms (median of ${RUNS})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runImportBench();
