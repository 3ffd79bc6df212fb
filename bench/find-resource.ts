/**
 * "Find resource" at 5,000 instances (part of `npm run bench`): the time to build the search once
 * per document revision, and the median time of one keystroke's filtering while typing an id, a
 * CIDR, an address and a word that matches nothing, letter by letter (the list draws at most
 * FIND_LIMIT options, as the page does).
 */
import { buildResourceSearch, indexDocument } from '../src/model/index.ts';
import { syntheticDocument } from './synthetic.ts';
import { printTable } from './table.ts';

/** As app/panels/inspector/FindResource.tsx draws (kept here so the bench needs no React). */
const FIND_LIMIT = 50;
const QUERIES = ['i-4321', 'web', '10.7.3.0/24', '10.12.5.37', 's-19-9', 'nothing-like-this'];

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export function runFindResourceBench(): void {
  const document = syntheticDocument({ instances: 5000, vpcs: 20, subnetsPerVpc: 10 });
  const builds: number[] = [];
  let search = buildResourceSearch(indexDocument(document));
  for (let run = 0; run < 5; run++) {
    const index = indexDocument(document);
    const start = performance.now();
    search = buildResourceSearch(index);
    builds.push(performance.now() - start);
  }
  const keystrokes: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERIES) {
      for (let length = 1; length <= query.length; length++) {
        const start = performance.now();
        search.find(query.slice(0, length), FIND_LIMIT);
        keystrokes.push(performance.now() - start);
      }
    }
  }
  printTable(
    [
      'Find resource',
      'resources',
      'build ms (once per revision)',
      'filter ms per keystroke (median)',
      'worst keystroke ms',
    ],
    [
      [
        '5,000 instances, 20 VPCs',
        String(search.entries.length),
        median(builds).toFixed(1),
        median(keystrokes).toFixed(2),
        Math.max(...keystrokes).toFixed(2),
      ],
    ],
  );
}
