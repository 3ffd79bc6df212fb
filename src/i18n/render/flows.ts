import type { SpaceParts } from '../../engine/index.ts';
import { translator, type Language } from '../i18n.ts';

/** A single port ("443") or several ("22, 80", "1024-65535"): the word "port" follows it. */
const portCount = (ports: string): number => (/^\d+$/.test(ports) ? 1 : 2);

/**
 * A set of flows for people: "TCP port 443, UDP port 53", "TCP ポート 443、UDP ポート 53",
 * "all traffic". The parts are the engine's (flow-space.ts spaceParts).
 */
export function flowsText(parts: SpaceParts, language: Language): string {
  const t = translator(language);
  if (parts.all) return t('explanations:flows.all');
  const out: string[] = [];
  if (parts.tcp) out.push(t('explanations:flows.tcp', { ports: parts.tcp, count: portCount(parts.tcp) }));
  if (parts.udp) out.push(t('explanations:flows.udp', { ports: parts.udp, count: portCount(parts.udp) }));
  if (parts.icmp) out.push(parts.icmp);
  if (parts.other) out.push(t('explanations:flows.other'));
  return out.join(t('explanations:flows.separator')) || t('explanations:flows.none');
}
