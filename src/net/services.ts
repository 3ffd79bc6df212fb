/** A well-known service, for port labels and pickers. */
export interface WellKnownService {
  readonly name: string;
  readonly protocol: 'tcp' | 'udp' | 'tcp+udp';
  readonly ports: string;
}

/** The services a newcomer meets in AWS networking course notes, in port order. */
export const WELL_KNOWN_SERVICES: readonly WellKnownService[] = [
  { name: 'FTP', protocol: 'tcp', ports: '20-21' },
  { name: 'SSH', protocol: 'tcp', ports: '22' },
  { name: 'Telnet', protocol: 'tcp', ports: '23' },
  { name: 'SMTP', protocol: 'tcp', ports: '25' },
  { name: 'DNS', protocol: 'tcp+udp', ports: '53' },
  { name: 'HTTP', protocol: 'tcp', ports: '80' },
  { name: 'POP3', protocol: 'tcp', ports: '110' },
  { name: 'IMAP', protocol: 'tcp', ports: '143' },
  { name: 'HTTPS', protocol: 'tcp', ports: '443' },
  { name: 'SMB', protocol: 'tcp', ports: '445' },
  { name: 'SQL Server', protocol: 'tcp', ports: '1433' },
  { name: 'Oracle', protocol: 'tcp', ports: '1521' },
  { name: 'NFS', protocol: 'tcp+udp', ports: '2049' },
  { name: 'MySQL/Aurora', protocol: 'tcp', ports: '3306' },
  { name: 'RDP', protocol: 'tcp', ports: '3389' },
  { name: 'PostgreSQL', protocol: 'tcp', ports: '5432' },
  { name: 'Redshift', protocol: 'tcp', ports: '5439' },
];

/**
 * The label of a single port for a protocol, e.g. 443/tcp gives "HTTPS"; undefined when none.
 * @example serviceName('tcp', 3306) // 'MySQL/Aurora'
 */
export function serviceName(protocol: 'tcp' | 'udp', port: number): string | undefined {
  return WELL_KNOWN_SERVICES.find((s) => {
    if (s.protocol !== 'tcp+udp' && s.protocol !== protocol) return false;
    const [from = NaN, to = from] = s.ports.split('-').map(Number);
    return port >= from && port <= to;
  })?.name;
}
