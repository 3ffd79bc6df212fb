import type { Translate } from '../../i18n/i18n.ts';
import type { Language } from '../../i18n/i18n.ts';
import type { LessonDesignReport, LessonReport } from '../lesson-report.ts';

/**
 * The readable `lesson check` report in the chosen language: the lesson, then per design every
 * intent with its verdict (the start's failures with the blocker the learner will meet), then
 * the conclusion. An invalid file lists its problems, each with its path.
 */
export function formatLessonReport(file: string, report: LessonReport, t: Translate, language: Language): string[] {
  if (!report.valid || !report.start || !report.solution || !report.title || !report.id) {
    return [
      t('lessonFiles:check.notALesson', { file, count: report.problems.length }),
      ...report.problems.map(({ path, message }) => t('lessonFiles:check.problem', { path, message })),
    ];
  }
  const lines = [t('lessonFiles:check.header', { file, title: report.title[language], id: report.id })];
  lines.push(t('lessonFiles:check.startHeading'), ...design(report.start, t, true));
  lines.push(t('lessonFiles:check.solutionHeading'), ...design(report.solution, t, false));
  for (const fault of report.faults) {
    lines.push(
      fault.kind === 'start-passes'
        ? t('lessonFiles:check.startPasses')
        : t('lessonFiles:check.solutionFails', { count: fault.intents.length, intents: fault.intents.join(', ') }),
    );
  }
  if (report.sound) {
    const total = report.start.intents.length;
    const failing = report.start.intents.filter((intent) => !intent.pass).length;
    lines.push(t('lessonFiles:check.sound', { failing, total }));
  }
  return lines;
}

function design(report: LessonDesignReport, t: Translate, explain: boolean): string[] {
  const lines = report.errors.map((message) => t('lessonFiles:check.designError', { message }));
  for (const intent of report.intents) {
    lines.push(
      t('lessonFiles:check.intent', {
        verdict: intent.pass ? 'pass' : 'fail',
        id: intent.id,
        from: intent.from,
        to: intent.to,
        protocol: String(intent.protocol),
        // A string: ICU would group a number's digits (65,535).
        port: intent.port === null ? 'none' : String(intent.port),
        expect: intent.expect,
        outcome: intent.verdict,
      }),
    );
    if (intent.pass || !explain) continue;
    if (intent.error !== null) lines.push(t('lessonFiles:check.designError', { message: intent.error }));
    else if (intent.expect === 'blocked') lines.push(t('lessonFiles:check.leaked'));
    else {
      const blocker = intent.blockers[0];
      if (blocker) lines.push(t('lessonFiles:check.blocker', blocker));
    }
  }
  return lines;
}
