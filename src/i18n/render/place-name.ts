import { translator, type Language } from '../i18n.ts';

/**
 * A place as a sentence names it. Resources, networks and addresses are ids and stay as they
 * are; the engine names the three places that are not resources ("the internet", "the internet
 * host 203.0.113.5", "vpc-a DNS resolver", flow-addresses.ts and dns.ts), worded here per language.
 */
export function placeName(name: string, language: Language): string {
  const t = translator(language);
  if (name === 'the internet') return t('explanations:places.internet');
  const host = /^the internet host (\S+)$/.exec(name);
  if (host) return t('explanations:places.internetHost', { address: host[1]! });
  const resolver = /^(\S+) DNS resolver$/.exec(name);
  if (resolver) return t('explanations:places.resolver', { vpc: resolver[1]! });
  return name;
}
