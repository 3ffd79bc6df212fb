import { parseArgs } from 'node:util';
import { translator } from '../../i18n/i18n.ts';
import { decodeDocumentBytes } from '../../model/index.ts';
import { fileArgument, languageOption, parseOrUsage } from '../args.ts';
import { EXIT, readInput, UsageError, type Console } from '../io.ts';
import { buildLessonReport, type LessonReport } from '../lesson-report.ts';
import { formatLessonReport } from '../text/lesson.ts';

/**
 * `vpclab lesson check <file> [--json] [--lang en|ja]`: validates a lesson file (every problem
 * with its path) and proves it teachable: its start fails at least one intent, its solution
 * passes every one. Exit 0 when sound, 1 when not (or invalid), 2 on unreadable input or bad usage.
 */
export async function lessonCommand(args: readonly string[], io: Console): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined) throw new UsageError('lesson needs a subcommand: lesson check <file>');
  if (subcommand !== 'check') throw new UsageError(`lesson: unknown subcommand "${subcommand}" (use lesson check)`);
  const { values, positionals } = parseOrUsage('lesson check', () =>
    parseArgs({
      args: rest,
      options: { json: { type: 'boolean', default: false }, lang: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }),
  );
  const file = fileArgument('lesson check', positionals);
  const language = languageOption('lesson check', values.lang);
  const decoded = decodeDocumentBytes(await readInput(file, io));
  const report: LessonReport = decoded.ok
    ? buildLessonReport(decoded.text, language)
    : { ...buildLessonReport('', language), problems: [{ path: '$', message: decoded.issue.message }] };
  const text = values.json
    ? JSON.stringify(report, null, 2)
    : formatLessonReport(file, report, translator(language), language).join('\n');
  io.stdout(`${text}\n`);
  return report.valid && report.sound ? EXIT.ok : EXIT.findings;
}
