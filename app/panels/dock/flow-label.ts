import type { Translate } from '../../../src/i18n/i18n.ts';

/** The flow a reach list answers for: "TCP port 443", "TCP, any port", "ICMP", "all traffic". */
export function flowLabel(t: Translate, protocol: 'tcp' | 'udp' | 'icmp' | 'all', port: number | undefined): string {
  if (protocol === 'all') return t('dock:reachability.flow.all');
  if (protocol === 'icmp') return t('dock:reachability.flow.icmp');
  const name = protocol.toUpperCase();
  return port === undefined
    ? t('dock:reachability.flow.anyPort', { protocol: name })
    : t('dock:reachability.flow.port', { protocol: name, port });
}
