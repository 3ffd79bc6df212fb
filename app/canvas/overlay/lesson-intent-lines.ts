import type { Language } from '../../../src/i18n/i18n.ts';
import { explanationSentence } from '../../../src/i18n/render/explanation.ts';
import type { ConditionResult, Lesson } from '../../../src/lessons/types.ts';
import type { IntentLine } from './intent-lines.ts';
import { nodeIdOf } from './node-ids.ts';

/**
 * The open lesson's intents as lines of an exported picture's overlay: straight from source to
 * destination (the lesson's check does not report the path), with the engine's verdict, so the
 * picture draws them as it draws the design's own intents. Empty without results.
 */
export function lessonIntentLines(
  lesson: Lesson | null,
  results: readonly ConditionResult[] | null,
  language: Language,
): IntentLine[] {
  if (!lesson || !results) return [];
  return results.map((result, i) => {
    const { from, to, protocol, port } = result.condition;
    const principal = result.blockers[0];
    return {
      id: `lesson-${i + 1}`,
      verdict: result.verdict,
      flow: `${from} → ${to} ${String(protocol)}${port === undefined ? '' : `/${port}`}`,
      stops: [nodeIdOf(from), nodeIdOf(to)],
      ...(principal ? { code: principal.code, message: explanationSentence(principal, language).message } : {}),
    };
  });
}
