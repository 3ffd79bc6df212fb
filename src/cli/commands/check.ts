import { parseArgs } from 'node:util';
import { fileArgument, languageOption, parseOrUsage } from '../args.ts';
import { buildCheckReport } from '../check-report.ts';
import { EXIT, readReport, type Console } from '../io.ts';
import { formatCheck } from '../text/check.ts';

/**
 * `vpclab check <file> [--json] [--lang en|ja]`: validation, intents and findings. Exit 0 when the document is
 * valid and every intent passes (findings are advice and never fail it), 1 otherwise, 2 on
 * unreadable input or bad usage.
 */
export async function checkCommand(args: readonly string[], io: Console): Promise<number> {
  const { values, positionals } = parseOrUsage('check', () =>
    parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false }, lang: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }),
  );
  const file = fileArgument('check', positionals);
  const language = languageOption('check', values.lang);
  const report = buildCheckReport(await readReport(file, io), language);
  io.stdout(
    values.json ? JSON.stringify(report, null, 2) + '\n' : formatCheck(file, report, language).join('\n') + '\n',
  );
  return report.valid && report.intents.every((intent) => intent.pass) ? EXIT.ok : EXIT.findings;
}
