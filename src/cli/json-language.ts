import type { Explanation, TraceResult } from '../engine/index.ts';
import type { Language } from '../i18n/i18n.ts';
import { explanationSentence } from '../i18n/render/explanation.ts';
import { hopInterfacesText, hopNoteText } from '../i18n/render/hop-note.ts';

/**
 * --json output: the engine's data as it is (codes, kinds, params, hop notes as data), with
 * every message worded in the chosen language: an explanation's `message` and `fix`, a hop's
 * `text` beside its structured `note`, and `interfacesText` beside its `interfaces` when it has them.
 */
export function explanationJson<E extends Explanation>(explanation: E, language: Language): E {
  return { ...explanation, ...explanationSentence(explanation, language) };
}

export function traceJson(result: TraceResult, language: Language): TraceResult {
  const hops = (list: TraceResult['forward']) =>
    list.map((hop) => {
      const interfacesText = hopInterfacesText(hop, language);
      return { ...hop, text: hopNoteText(hop.note, language), ...(interfacesText ? { interfacesText } : {}) };
    });
  return {
    ...result,
    forward: hops(result.forward),
    return: hops(result.return),
    explanations: result.explanations.map((e) => explanationJson(e, language)),
    ...(result.legs ? { legs: result.legs.map((leg) => traceJson(leg, language)) } : {}),
  };
}
