import './no-eval.ts';
import * as z from 'zod';
import { ID_PATTERN, INTERFACE_REFERENCE_PATTERN, REFERENCE_PATTERN } from './ids.ts';
import { ownKeyRecord } from './own-key-record.ts';

/**
 * Building blocks shared by the resource, rule and intent schemas. These check shape only;
 * CIDR arithmetic, port syntax and references are semantic checks (validate-*.ts), which can
 * name the resources involved and suggest a fix.
 */

/** A user-written resource id: 1-64 letters, digits, `-`, `_` or `.`. */
export const IdSchema = z.string().regex(ID_PATTERN).meta({
  id: 'Id',
  description: 'Unique id: 1-64 letters, digits, "-", "_" or "." (for example "web-1", "vpc-prod").',
});

/** A reference to a resource by id; implicit ids such as `vpc-main/default` are allowed. */
export const RefSchema = z.string().regex(REFERENCE_PATTERN).meta({
  id: 'Ref',
  description:
    'The id of another resource, or an implicit id like "vpc-main/main", "vpc-main/default-acl", "vpc-main/default".',
});

/** A reference to one network interface of an instance (a route target): `web-1/eni-1`. */
export const InterfaceRefSchema = z.string().regex(INTERFACE_REFERENCE_PATTERN).meta({
  id: 'InterfaceRef',
  description: 'An instance id and one of its network interfaces, like "web-1/eni-1" (eni-0 is the primary).',
});

/** A CIDR block as text; its syntax and host bits are checked semantically. */
export const CidrSchema = z
  .string()
  .min(1)
  .meta({ id: 'Cidr', description: 'A CIDR block, like "10.0.0.0/16" or "2001:db8::/56".' });

/** The protocol names the format knows. */
export const PROTOCOL_NAMES = ['tcp', 'udp', 'icmp', 'icmpv6', 'all'] as const;

/** `"tcp" | "udp" | "icmp" | "icmpv6" | "all"` or an IANA protocol number. */
export const ProtocolSchema = z.union([z.enum(PROTOCOL_NAMES), z.number().int().min(0).max(255)]).meta({
  id: 'Protocol',
  description: 'tcp, udp, icmp, icmpv6, all, or an IANA protocol number 0-255.',
});

/** Port text: `"22"` or `"1024-65535"`; the syntax is checked semantically. */
export const PortsSchema = z
  .string()
  .min(1)
  .meta({ id: 'Ports', description: 'A port ("22") or an inclusive range ("1024-65535").' });

/** A TCP/UDP port number. */
export const PortSchema = z.number().int().min(1).max(65535);

/** Free-form string labels; every key is kept, `__proto__` too (own-key-record.ts). */
export const TagsSchema = ownKeyRecord(z.string(), { id: 'Tags', description: 'Free-form string labels.' });

/** A non-empty free string (names, AZs). */
export const TextSchema = z.string().min(1);

/** Fields every resource has besides `type`. */
export const baseFields = {
  id: IdSchema,
  name: z.string().exactOptional(),
  tags: TagsSchema.exactOptional(),
};

/** A list of resource references. */
export const RefListSchema = z.array(RefSchema);

export type Protocol = z.infer<typeof ProtocolSchema>;
