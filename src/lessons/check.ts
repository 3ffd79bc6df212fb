import { checkIntents, compileDocument } from '../engine/index.ts';
import { indexDocument, validateDocument, type Intent } from '../model/index.ts';
import type { ConditionResult, GoalCondition, LessonCheck } from './types.ts';

/**
 * Checks a design (untrusted JSON) against a lesson's goal conditions with the engine: each
 * condition is traced as an intent, and the engine's explanations say what still blocks.
 * Runs in the analysis worker on the page, and directly in tests.
 * @example checkLesson(document, lesson.conditions).passed
 */
export function checkLesson(input: unknown, conditions: readonly GoalCondition[]): LessonCheck {
  const report = validateDocument(input);
  const errors = report.errors;
  const document = report.document;
  if (!document) {
    return { passed: false, errors, results: conditions.map(untraced) };
  }
  const index = indexDocument(document);
  const compiled = compileDocument(document, index);
  const intents = checkIntents(compiled, index, conditions.map(asIntent));
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

function asIntent(condition: GoalCondition, i: number): Intent {
  return {
    id: `goal-${i + 1}`,
    from: condition.from,
    to: condition.to,
    protocol: condition.protocol,
    ...(condition.port === undefined ? {} : { port: condition.port }),
    expect: condition.expect,
  };
}

function untraced(condition: GoalCondition): ConditionResult {
  return { condition, pass: false, verdict: 'blocked', blockers: [], untraced: true };
}
