/**
 * Latin-script words a Japanese page may show: AWS, product and protocol names as the AWS
 * Japanese console writes them, keyboard keys, and the language names of the Language combobox
 * (whose own name stays "Language" in every language, so a person can find their way back).
 * Everything else in Latin letters on the Japanese page is English that slipped through.
 */
export const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  // AWS services, resources and features, as named in the AWS Japanese console.
  'AWS',
  'VPC',
  'VPCs',
  'NAT',
  'ACL',
  'IGW',
  'CIDR',
  'IP',
  'IPv4',
  'IPv6',
  'AZ',
  'ID',
  'DB',
  'OS',
  'ENI',
  'Elastic',
  'Egress-only',
  'S3',
  'DynamoDB',
  'Lambda',
  'ALB',
  'NLB',
  'EC2',
  'RDS',
  'VPN',
  'Site-to-Site',
  'Direct',
  'Connect',
  'Transit',
  'Gateway',
  'Application',
  'Network',
  'Load',
  'Balancer',
  'VGW',
  'CLI',
  'Session Manager',
  'Egress-Only',
  'CloudFormation',
  'Terraform',
  'Amazon',
  'Systems Manager',
  // VPC interface endpoint service names, and the VPC Flow Logs format's fields and actions.
  'ssm',
  'ssmmessages',
  'ec2messages',
  'srcaddr',
  'dstaddr',
  'srcport',
  'dstport',
  'protocol',
  'action',
  'ACCEPT',
  'REJECT',
  'IANA',
  // Variables in the glossary's examples (A, B and C peered; N networks).
  'A',
  'B',
  'C',
  'N',
  // Protocols and well-known services (the trace writes flows as "tcp/443").
  'TCP',
  'UDP',
  'ICMP',
  'ICMPv6',
  'TLS',
  'tcp',
  'udp',
  'icmp',
  'PrivateLink',
  // AWS's name of the route target inside a VPC.
  'local',
  'HTTP',
  'HTTPS',
  'SSH',
  'RDP',
  'DNS',
  'MySQL',
  'PostgreSQL',
  'MariaDB',
  'Aurora',
  'Oracle',
  'SQL',
  'Server',
  'Linux',
  'Windows',
  // Database engines as the design names them (the node shows the engine's id).
  'postgres',
  'mysql',
  'mariadb',
  'aurora-mysql',
  'aurora-postgresql',
  'oracle',
  'sqlserver',
  // File formats and the product.
  'JSON',
  'PNG',
  'SVG',
  'VPC Lab',
  'Lab',
  'Web',
  // The example values of the Role field's placeholder.
  'web',
  'bastion',
  // Keys.
  'Ctrl',
  'Shift',
  'Esc',
  'Enter',
  'Space',
  'Z',
  // The Language combobox: its name and the other language's name.
  'Language',
  'English',
]);

/**
 * Latin-script text that is data, not wording: CIDR blocks and addresses, ports and ranges,
 * the engine's finding and blocker codes (IGW_NO_ROUTE), and AWS ids (sg-0a1b2c).
 */
export const ALLOWED_PATTERNS: readonly RegExp[] = [
  // A CloudFormation resource type, after the template's logical id (Logs: AWS::S3::Bucket);
  // before the IPv6 pattern, which would read "::" as an address.
  /\b(?:[A-Za-z0-9]+: )?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/g,
  /(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?:\/\d+)?/gi, // IPv6 addresses and blocks
  /\b\d+(?:\.\d+){3}(?:\/\d+)?\b/g, // IPv4 addresses and blocks
  /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, // codes
  /\b[a-z]+-[0-9a-f]{6,}\b/g, // AWS ids
  /\beni-\d+\b/g, // an instance's network interfaces by device index (eni-0 is the primary)
  /\b[a-z]{2,4}-…/g, // the shape of an AWS id (pl-…) in a definition
  /\b[a-z]{2}-[a-z]+-\d[a-z]?\b/g, // regions and Availability Zones (ap-northeast-1a)
  /[A-Za-z0-9_.-]+\/[A-Za-z][A-Za-z0-9_.-]*/g, // implicit resources' ids (vpc-main/default-acl)
  /\(default\)/g, // the default security group's name, which AWS fixes
  /「[^」]*\.(?:json|ya?ml|template|tf)」/g, // an imported file's name
  /\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\["[^"]*"\])+/g, // a place in the document, as a JSONPath ($.resources[0].id)
  /\bAZ [a-z0-9-]+/g, // an Availability Zone's letter
  /\bdescribe-\*/g, // the AWS CLI's describe-* commands, whose output the folder import reads
  /\bnpm start\b/g, // the command that starts VPC Lab's server (live sessions need it)
  /"[A-Za-z]+"(?=\s*:)|"vpclab"/g, // the keys of a JSON sample (the paste dialog's placeholder)
];

const wholeWord = (text: string) =>
  new RegExp(`(?<![A-Za-z0-9])${text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(?![A-Za-z0-9])`, 'g');

/** The English words in `text` once the design's own strings, the allowed patterns and words are set aside. */
export function englishWords(text: string, designStrings: readonly string[]): string[] {
  let rest = text;
  // Longest first, so "web-1" goes before "web"; whole words only, so an "a" in the design
  // does not eat the letter a out of English words.
  for (const pattern of ALLOWED_PATTERNS) rest = rest.replace(pattern, ' ');
  const own = [...new Set(designStrings)].filter((text) => text.length > 1 && /[A-Za-z]/.test(text));
  for (const text of own.sort((a, b) => b.length - a.length)) rest = rest.replace(wholeWord(text), ' ');
  for (const phrase of ALLOWED_WORDS) if (phrase.includes(' ')) rest = rest.split(phrase).join(' ');
  const words = rest.match(/[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*[-…]?/g) ?? [];
  // A node cuts a long id into lines ("nat-" "mispla…"): a piece of the design's own text is data too.
  const piece = (word: string) => own.some((text) => text.includes(word.replace(/[-…]+$/, '')));
  return words.filter((word) => !ALLOWED_WORDS.has(word) && !piece(word));
}
