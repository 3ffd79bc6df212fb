import {
  checkNestingDepth,
  issueError,
  MAX_NESTING_DEPTH,
  toReport,
  validateDocument,
  type ValidationIssue,
  type ValidationReport,
} from '../model/index.ts';

/**
 * The shared scenario files wrap a document with the verdicts it must reach:
 * `{ title, teaches, source, document, cases: [{ from, to, protocol, port?, verdict, why }] }`.
 * The CLI accepts them directly: the document is checked, and its cases become intents, so
 * `vpclab check scenario.json` verifies the scenario's own claims. Every issue names the
 * path in the scenario file (`$.document.resources[3]`, `$.cases[1].verdict`), since that
 * is the file a person edits.
 */
type Scenario = { readonly document: Record<string, unknown>; readonly cases: readonly unknown[] };

/** Case fields whose intent field has another name. */
const CASE_FIELD: Readonly<Record<string, string>> = { expect: 'verdict', note: 'why' };

/**
 * Validates the parsed JSON of a scenario file, its cases added to the document's intents.
 * Returns undefined when `parsed` is not a scenario file (a plain document, say).
 */
export function validateScenario(parsed: unknown): ValidationReport | undefined {
  if (!isScenario(parsed)) return undefined;
  // The wrapper adds one level around the document, so the document keeps its own limit.
  const tooDeep = checkNestingDepth(parsed, MAX_NESTING_DEPTH + 1);
  if (tooDeep) return toReport(null, [tooDeep]);
  const badCases = parsed.cases.flatMap((c, i) => (isRecord(c) ? [] : [notACase(c, i)]));
  if (badCases.length) return toReport(null, badCases);
  const own = parsed.document['intents'];
  // Intents that are not a list stay as they are, so validation says so instead of the cases
  // silently taking their place.
  if (own !== undefined && !Array.isArray(own)) return inFile(validateDocument(parsed.document), Infinity);
  const intents = [...((own as unknown[] | undefined) ?? []), ...parsed.cases.map(asIntent)];
  return inFile(validateDocument({ ...parsed.document, intents }), own?.length ?? 0);
}

/** A case as an intent: scenarios/README.md maps one onto the other field by field. */
function asIntent(c: unknown, i: number): Record<string, unknown> {
  const { from, to, protocol, port, verdict, why } = c as Record<string, unknown>;
  return {
    id: `case-${i + 1}`,
    from,
    to,
    protocol,
    ...(port === undefined ? {} : { port }),
    expect: verdict,
    ...(typeof why === 'string' ? { note: why } : {}),
  };
}

function notACase(value: unknown, i: number): ValidationIssue {
  const what = value === null ? 'null' : Array.isArray(value) ? 'a list' : JSON.stringify(value);
  return issueError(
    'SCENARIO_CASE_INVALID',
    null,
    `$.cases[${i}]`,
    `Scenario case ${i + 1} is ${what}, not an object with from, to, protocol and verdict. Fix or remove it.`,
  );
}

/** Moves each issue's path from the merged document to the scenario file. */
function inFile(report: ValidationReport, ownIntents: number): ValidationReport {
  const move = (issue: ValidationIssue): ValidationIssue => ({ ...issue, path: pathInFile(issue.path, ownIntents) });
  return { ...report, errors: report.errors.map(move), findings: report.findings.map(move) };
}

function pathInFile(path: string, ownIntents: number): string {
  const intent = /^\$\.intents\[(\d+)\](?:\.(\w+))?(.*)$/.exec(path);
  if (intent && Number(intent[1]) >= ownIntents) {
    const field = intent[2] === undefined ? '' : `.${CASE_FIELD[intent[2]] ?? intent[2]}`;
    return `$.cases[${Number(intent[1]) - ownIntents}]${field}${intent[3] ?? ''}`;
  }
  return `$.document${path.slice(1)}`;
}

function isScenario(value: unknown): value is Scenario {
  if (!isRecord(value) || 'format' in value) return false;
  return isRecord(value['document']) && Array.isArray(value['cases']);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates scenario file text; undefined when the text is not JSON or not a scenario file. */
export function validateScenarioText(text: string): ValidationReport | undefined {
  try {
    return validateScenario(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  } catch {
    return undefined; // The document parser reports the syntax error with its line and column.
  }
}
