import { parseArgs } from 'node:util';
import { compileDocument, traceFlow } from '../../engine/index.ts';
import {
  fileArgument,
  ipVersionOption,
  languageOption,
  parseOrUsage,
  portOption,
  protocolOption,
  required,
} from '../args.ts';
import { traceJson } from '../json-language.ts';
import { EXIT, UsageError, type Console } from '../io.ts';
import { loadValidDocument } from '../load.ts';
import { formatTrace } from '../text/trace.ts';

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  protocol: { type: 'string', default: 'tcp' },
  port: { type: 'string' },
  'ip-version': { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
} as const;

/** The engine's complaints start with the query field; the CLI names the option instead. */
const OPTION_OF_FIELD: Readonly<Record<string, string>> = {
  from: '--from',
  to: '--to',
  protocol: '--protocol',
  port: '--port',
};

/**
 * `vpclab trace <file> --from A --to B [--protocol tcp] [--port 443] [--ip-version 4|6] [--json] [--lang en|ja]`:
 * one flow, hop by hop. Exit 0 when allowed, 1 when blocked or partial (or the document is
 * invalid), 2 on bad usage, unreadable input or an endpoint that does not resolve.
 */
export async function traceCommand(args: readonly string[], io: Console): Promise<number> {
  const { values, positionals } = parseOrUsage('trace', () =>
    parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }),
  );
  const file = fileArgument('trace', positionals);
  const language = languageOption('trace', values.lang);
  const query = {
    from: required('trace', 'from', values.from),
    to: required('trace', 'to', values.to),
    protocol: protocolOption('trace', values.protocol),
    port: portOption('trace', values.port),
    ipVersion: ipVersionOption('trace', values['ip-version']),
  };
  const hasPorts = ['tcp', 'udp', 6, 17].includes(query.protocol);
  if (!hasPorts && query.port !== undefined) {
    throw new UsageError(`trace: option --port does not apply to protocol ${String(query.protocol)}; remove it`);
  }
  if (hasPorts && query.port === undefined) {
    throw new UsageError(`trace: protocol ${String(query.protocol)} needs --port (a port from 1 to 65535)`);
  }
  const loaded = await loadValidDocument(file, values.json, io, language);
  if ('exit' in loaded) return loaded.exit;
  const outcome = traceFlow(compileDocument(loaded.document, loaded.index), loaded.index, query);
  if (!outcome.ok) {
    const [field, ...rest] = outcome.error.split(': ');
    const option = OPTION_OF_FIELD[field ?? ''];
    throw new UsageError(`trace: ${option ? `${option}: ${rest.join(': ')}` : outcome.error}`);
  }
  const { result } = outcome;
  io.stdout(
    values.json
      ? JSON.stringify(traceJson(result, language), null, 2) + '\n'
      : formatTrace(result, language).join('\n') + '\n',
  );
  return result.verdict === 'allowed' ? EXIT.ok : EXIT.findings;
}
