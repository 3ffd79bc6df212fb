import './no-eval.ts';
import * as z from 'zod';
import { CidrSchema, InterfaceRefSchema, PortsSchema, ProtocolSchema, RefSchema } from './schema-common.ts';

/**
 * A route: destination CIDR (or the id of a `prefix-list` resource, format version 2) to a
 * target resource id, or `"blackhole"` when the target was deleted.
 */
export const RouteSchema = z
  .strictObject({
    destination: CidrSchema.meta({
      description: 'A CIDR block, like "10.0.0.0/16", or the id of a prefix-list resource.',
    }),
    target: RefSchema.or(InterfaceRefSchema).or(z.literal('blackhole')),
  })
  .meta({ id: 'Route' });

/** NACL rules are evaluated by ascending number; the implicit final rule `*` denies. */
export const NaclRuleSchema = z
  .strictObject({
    rule: z.number().int().min(1).max(32766),
    action: z.enum(['allow', 'deny']),
    protocol: ProtocolSchema,
    ports: PortsSchema.exactOptional(),
    cidr: CidrSchema,
  })
  .meta({ id: 'NaclRule' });

/** The AWS-managed prefix lists a security group rule may name by service. */
export const PREFIX_LISTS = ['s3', 'dynamodb'] as const;

/** An AWS-managed list by service name, or (format version 2) the id of a `prefix-list` resource. */
export const SgPrefixListSchema = z.union([z.enum(PREFIX_LISTS), RefSchema]).meta({
  id: 'SgPrefixList',
  description: '"s3" or "dynamodb" (AWS-managed lists), or the id of a prefix-list resource.',
});

/** A security group rule; exactly one of cidr, securityGroup and prefixList (checked semantically). */
export const SgRuleSchema = z
  .strictObject({
    protocol: ProtocolSchema,
    ports: PortsSchema.exactOptional(),
    cidr: CidrSchema.exactOptional(),
    securityGroup: RefSchema.exactOptional(),
    prefixList: SgPrefixListSchema.exactOptional(),
    description: z.string().exactOptional(),
  })
  .meta({ id: 'SgRule' });

export type Route = z.infer<typeof RouteSchema>;
export type NaclRule = z.infer<typeof NaclRuleSchema>;
export type SgRule = z.infer<typeof SgRuleSchema>;
export type PrefixList = (typeof PREFIX_LISTS)[number];

/** True when a rule's `prefixList` names an AWS-managed list rather than a `prefix-list` resource. */
export function isServicePrefixList(name: string): name is PrefixList {
  return (PREFIX_LISTS as readonly string[]).includes(name);
}
