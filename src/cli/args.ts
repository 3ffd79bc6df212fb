import { isLanguage, translator, type Language } from '../i18n/i18n.ts';
import { UsageError } from './io.ts';

/**
 * Command-line helpers shared by the commands. Every mistake becomes a UsageError (exit 2)
 * whose message names the option, so a person sees what to fix without reading a stack.
 */

/** Runs node:util parseArgs and turns its errors into short usage errors naming the option. */
export function parseOrUsage<R>(command: string, parse: () => R): R {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error) || !String(error.code).startsWith('ERR_PARSE_ARGS'))
      throw error;
    const option = /'(--?[^' <]+)/.exec(error.message)?.[1];
    if (option === undefined) throw new UsageError(`${command}: ${error.message}`);
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(`${command}: unknown option ${option}`, {
        key: 'unknownOption',
        params: { command, option },
      });
    if (/does not take an argument/.test(error.message))
      throw new UsageError(`${command}: option ${option} takes no value`, {
        key: 'takesNoValue',
        params: { command, option },
      });
    throw new UsageError(`${command}: option ${option} needs a value`, {
      key: 'needsValue',
      params: { command, option },
    });
  }
}

/** The one file argument of a command ("-" is standard input). */
export function fileArgument(command: string, positionals: readonly string[]): string {
  const [file, ...extra] = positionals;
  if (file === undefined)
    throw new UsageError(`${command} needs a file (or "-" for standard input)`, {
      key: 'needsFile',
      params: { command },
    });
  if (extra.length)
    throw new UsageError(`${command}: unexpected argument "${extra[0]}"`, {
      key: 'unexpectedArgument',
      params: { command, value: String(extra[0]) },
    });
  return file;
}

/** A string option the command cannot run without. */
export function required(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === '')
    throw new UsageError(`${command} needs --${name}`, { key: 'needsOption', params: { command, name } });
  return value;
}

/** `--port`: a whole number from 1 to 65535. */
export function portOption(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new UsageError(`${command}: option --port must be a port from 1 to 65535, not "${value}"`, {
      key: 'port',
      params: { command, value },
    });
  }
  return port;
}

/** `--ip-version`: 4 or 6. */
export function ipVersionOption(command: string, value: string | undefined): 4 | 6 | undefined {
  if (value === undefined) return undefined;
  if (value === '4' || value === '6') return Number(value) as 4 | 6;
  throw new UsageError(`${command}: option --ip-version must be 4 or 6, not "${value}"`, {
    key: 'ipVersion',
    params: { command, value },
  });
}

const PROTOCOL_NAMES = ['tcp', 'udp', 'icmp', 'icmpv6', 'all'] as const;

/** `--protocol`: a name the format knows, or an IANA protocol number. */
export function protocolOption(command: string, value: string): (typeof PROTOCOL_NAMES)[number] | number {
  const name = value.toLowerCase();
  const known = PROTOCOL_NAMES.find((p) => p === name);
  if (known) return known;
  if (/^\d{1,3}$/.test(value) && Number(value) <= 255) return Number(value);
  throw new UsageError(
    `${command}: option --protocol must be tcp, udp, icmp, icmpv6, all or a protocol number 0-255, not "${value}"`,
    { key: 'protocol', params: { command, value } },
  );
}

/**
 * `--lang`: the language of everything the command prints, en or ja; without it VPCLAB_LANG,
 * else English. --json stays data, with its messages in this language.
 */
export function languageOption(command: string, value: string | undefined): Language {
  const t = translator('en');
  if (value !== undefined) {
    if (isLanguage(value)) return value;
    throw new UsageError(`${command}: ${t('cli:usage.badLang', { value })}`);
  }
  const fromEnvironment = process.env['VPCLAB_LANG'];
  if (fromEnvironment === undefined || fromEnvironment === '') return 'en';
  if (isLanguage(fromEnvironment)) return fromEnvironment;
  throw new UsageError(`${command}: ${t('cli:usage.badEnv', { value: fromEnvironment })}`);
}
