import type { ExplanationParams, SpaceParts, TracedInterface } from '../../engine/index.ts';
import { translator, type Language } from '../i18n.ts';
import { flowsText } from './flows.ts';
import { placeName } from './place-name.ts';

/** An explanation in words: what blocks the flow, and what would fix it. */
export interface ExplanationSentence {
  readonly message: string;
  readonly fix: string;
}

type Values = Record<string, string | number>;

/** The engine's fixed names of the way a packet arrived at a NAT gateway (walk/nat.ts). */
const VIA_KINDS: Readonly<Record<string, string>> = {
  'a peering connection': 'peering',
  'the VPN or Direct Connect': 'vpn',
  'an internet gateway': 'igw',
};

const isSpace = (value: object): value is SpaceParts => !Array.isArray(value);

/**
 * The ICU values of a sentence: names as places, flows in words, yes/no for flags, and the few
 * facts a sentence chooses its wording by (a final rule, a list that is empty).
 */
function valuesOf(params: ExplanationParams, language: Language): Values {
  const values: Values = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') values[key] = placeName(value, language);
    else if (typeof value === 'number') values[key] = String(value);
    else if (typeof value === 'boolean') values[key] = value ? 'yes' : 'no';
    else if (Array.isArray(value)) values[key] = (value as readonly string[]).join(', ');
    else if (value && typeof value === 'object' && isSpace(value) && key === 'flows')
      values[key] = flowsText(value, language);
  }
  switch (params.kind) {
    case 'naclDenied':
      values['finalRule'] = params.rule === '*' ? 'yes' : 'no';
      break;
    case 'sgDenied':
      values['count'] = params.groups.length;
      values['firstGroup'] = params.groups[0] ?? '';
      if (params.interface) values['owner'] = interfacePlace(params.owner, params.interface, language);
      break;
    case 'sourceDestCheck':
      if (params.interface) values['instance'] = interfacePlace(params.instance, params.interface, language);
      break;
    case 'noPublicAddressForEgress':
      if (params.interface) values['source'] = interfacePlace(params.source, params.interface, language);
      break;
    case 'noPublicAddressForIngress':
      if (params.interface) values['destination'] = interfacePlace(params.destination, params.interface, language);
      break;
    case 'natSourceNotInVpc':
      values['viaKind'] = VIA_KINDS[params.via] ?? 'other';
      break;
    case 'natProtocol':
      values['hasProtocol'] = params.protocol === undefined ? 'no' : 'yes';
      values['protocol'] = params.protocol === undefined ? '' : String(params.protocol);
      break;
    case 'notListening':
      values['what'] = params.reason.what;
      values['port'] = params.reason.what === 'database' ? String(params.reason.port) : '';
      break;
    case 'listenerMismatch':
      values['hasListeners'] = params.listeners ? 'yes' : 'no';
      break;
    default:
      break;
  }
  return values;
}

/** An instance with several interfaces is named by the interface that acted: "app’s network interface eni-1 (…)". */
function interfacePlace(owner: string, eni: TracedInterface, language: Language): string {
  return translator(language)('explanations:places.networkInterface', { owner, ...eni });
}

/**
 * An explanation's sentence and fix in a language, from its kind and specifics (catalogue
 * `explanations`). `sampleAddress`, when the fix names the sample internet address, adds the
 * note that it is only a sample. The engine's English `message` and `fix` come from here too.
 * @example explanationText({ kind: 'natNoInbound', nat: 'nat-a' }, 'ja').message
 */
export function explanationText(
  params: ExplanationParams,
  language: Language,
  sampleAddress?: string,
): ExplanationSentence {
  const t = translator(language);
  const values = valuesOf(params, language);
  const { message, fix } = sentenceOf(t, params.kind, values);
  if (!sampleAddress) return { message, fix };
  const everyone = sampleAddress.includes(':') ? '::/0' : '0.0.0.0/0';
  return { message, fix: fix + t('explanations:sampleNote', { address: sampleAddress, everyone }) };
}

/** Transit gateway route table explanations are worded in their own namespace (`transitTables`). */
function sentenceOf(
  t: ReturnType<typeof translator>,
  kind: ExplanationParams['kind'],
  values: Values,
): ExplanationSentence {
  switch (kind) {
    case 'tgwNotAssociated':
    case 'tgwTableNoRoute':
    case 'tgwTableBlackhole':
      return {
        message: t(`transitTables:explanations.${kind}.message`, values),
        fix: t(`transitTables:explanations.${kind}.fix`, values),
      };
    default:
      return {
        message: t(`explanations:kind.${kind}.message`, values),
        fix: t(`explanations:kind.${kind}.fix`, values),
      };
  }
}

/** An engine explanation (or a lesson blocker) in a language: its kind, specifics and sample address. */
export function explanationSentence(
  explanation: { readonly params: ExplanationParams; readonly sampleAddress?: string | undefined },
  language: Language,
): ExplanationSentence {
  return explanationText(explanation.params, language, explanation.sampleAddress);
}
