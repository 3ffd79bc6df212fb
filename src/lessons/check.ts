import { checkIntents, compileDocument } from '../engine/index.ts';
import { indexDocument, validateDocument, type Intent } from '../model/index.ts';
import type { ConditionResult, LessonCheck } from './types.ts';

/**
 * Checks a design (untrusted JSON) against a lesson's intents with the engine: each intent
 * is traced, and the engine's explanations say what still blocks.
 * Runs in the analysis worker on the page, and directly in tests.
 * @example checkLesson(document, lesson.intents).passed
 */
export function checkLesson(input: unknown, conditions: readonly Intent[]): LessonCheck {
  const report = validateDocument(input);
  const errors = report.errors;
  const document = report.document;
  if (!document) {
    return { passed: false, errors, results: conditions.map(untraced) };
  }
  const index = indexDocument(document);
  const compiled = compileDocument(document, index);
  const intents = checkIntents(compiled, index, conditions);
  const results = intents.map((intent, i): ConditionResult => {
    const condition = conditions[i]!;
    return {
      condition,
      pass: intent.pass,
      verdict: intent.verdict,
      blockers: intent.explanations.map(({ code, component, params, sampleAddress }) => ({
        code,
        component,
        params,
        ...(sampleAddress === undefined ? {} : { sampleAddress }),
      })),
      ...(intent.error === undefined ? {} : { error: intent.error }),
    };
  });
  return { passed: report.valid && results.every((result) => result.pass), errors, results };
}

function untraced(condition: Intent): ConditionResult {
  return { condition, pass: false, verdict: 'blocked', blockers: [], untraced: true };
}
