/**
 * `npm run bench`: the engine on synthetic designs of growing size. Prints, per size, the
 * compile time, the median of a single trace, the all-pairs time, pairs per second and peak
 * heap, and the speed ratio against the naive reference evaluator where it finishes in time;
 * then "Find resource" filtering per keystroke at 5,000 instances (find-resource.ts).
 * Figures are medians of several runs: this machine is shared and noisy.
 */
import { indexDocument, validateDocument, type VpcLabDocument } from '../src/model/index.ts';
import { analyse, compileDocument, traceFlow, type FlowQuery } from '../src/engine/index.ts';
import { syntheticDocument, type SyntheticSize } from './synthetic.ts';
import { referenceComparison } from './reference-speed.ts';
import { printTable } from './table.ts';

const SIZES: readonly (SyntheticSize & { label: string })[] = [
  { label: '10 instances, 1 VPC', instances: 10, vpcs: 1, subnetsPerVpc: 4 },
  { label: '~200 resources, 2 VPCs', instances: 150, vpcs: 2, subnetsPerVpc: 6 },
  { label: '100 instances, 5 VPCs', instances: 100, vpcs: 5, subnetsPerVpc: 4 },
  { label: '1,000 instances, 10 VPCs', instances: 1000, vpcs: 10, subnetsPerVpc: 10 },
  { label: '5,000 instances, 20 VPCs', instances: 5000, vpcs: 20, subnetsPerVpc: 10 },
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const rows: string[][] = [];
for (const size of SIZES) {
  const document: VpcLabDocument = syntheticDocument(size);
  const report = validateDocument(document);
  if (!report.valid) throw new Error(`synthetic document invalid: ${report.errors[0]?.message}`);
  // Small designs get more runs: the page's worker lives as long as the page and analyses on
  // every edit, so the warm (JIT-compiled) time is the one a person feels; the first runs are not.
  const runs = size.instances >= 5000 ? 3 : size.instances >= 1000 ? 9 : 21;
  const compileTimes: number[] = [];
  const analyseTimes: number[] = [];
  let compiled = compileDocument(document);
  let pairs = 0;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    global.gc?.();
    const [c, compileMs] = time(() => compileDocument(document, indexDocument(document)));
    compiled = c;
    compileTimes.push(compileMs);
    const [analysis, analyseMs] = time(() => analyse(compiled, 4));
    analyseTimes.push(analyseMs);
    pairs = analysis.endpoints.length * (analysis.endpoints.length - 1);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const index = indexDocument(document);
  const query: FlowQuery = { from: 'i-1', to: size.vpcs > 1 ? 'i-2' : 'internet', protocol: 'tcp', port: 443 };
  const traceTimes: number[] = [];
  for (let batch = 0; batch < 7; batch++) {
    const n = 500;
    const [, ms] = time(() => {
      for (let i = 0; i < n; i++) traceFlow(compiled, index, query);
    });
    traceTimes.push((ms / n) * 1000);
  }
  const analyseMedian = median(analyseTimes);
  const ratio = size.instances <= 150 ? referenceComparison(document, compiled, analyseMedian) : 'not run (too slow)';
  rows.push([
    size.label,
    String(document.resources.length),
    median(compileTimes).toFixed(1),
    median(traceTimes).toFixed(1),
    analyseMedian.toFixed(1),
    Math.round(pairs / (analyseMedian / 1000)).toLocaleString('en'),
    (peak / 1e6).toFixed(0),
    ratio,
  ]);
}

const header = [
  'design',
  'resources',
  'compile ms',
  'trace µs',
  'all pairs ms',
  'pairs/s',
  'peak heap MB',
  'vs reference',
];
printTable(header, rows);
console.log(
  '\nMedians; trace = one TCP flow with every hop recorded; all pairs = every ordered endpoint pair, TCP/UDP on all ports, ICMP and other protocols.',
);

// "Find resource" filtering keystroke by keystroke (bench/find-resource.ts).
console.log('');
const { runFindResourceBench } = await import('./find-resource.ts');
runFindResourceBench();

// The importers, on real captured accounts (bench/import.ts).
const { runImportBench } = await import('./import.ts');
runImportBench();
