/** How wide a label is drawn, in canvas pixels, for a CSS font such as `600 13px sans-serif`. */
export type MeasureText = (text: string, font: string) => number;

/**
 * A generous guess at a label's width without a DOM (unit tests, benchmarks): 0.7 em per Latin
 * character (wider than the page's bold sans on average) and 1.05 em per CJK character. Auto
 * layout sizes boxes from it, so a guess too wide only costs a little room; too narrow would cut
 * a name short.
 */
export const estimateTextWidth: MeasureText = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 13);
  let ems = 0;
  for (const character of text) ems += character.codePointAt(0)! >= 0x2e80 ? 1.05 : 0.7;
  return Math.ceil(ems * size);
};
