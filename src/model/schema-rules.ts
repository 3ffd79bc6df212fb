import './no-eval.ts';
import * as z from 'zod';
import { CidrSchema, InterfaceRefSchema, PortsSchema, ProtocolSchema, RefSchema } from './schema-common.ts';

/** A route: destination CIDR to a target resource id, or `"blackhole"` when the target was deleted. */
export const RouteSchema = z
  .strictObject({
    destination: CidrSchema,
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

/** The prefix lists a security group rule may name. */
export const PREFIX_LISTS = ['s3', 'dynamodb'] as const;

/** A security group rule; exactly one of cidr, securityGroup and prefixList (checked semantically). */
export const SgRuleSchema = z
  .strictObject({
    protocol: ProtocolSchema,
    ports: PortsSchema.exactOptional(),
    cidr: CidrSchema.exactOptional(),
    securityGroup: RefSchema.exactOptional(),
    prefixList: z.enum(PREFIX_LISTS).exactOptional(),
    description: z.string().exactOptional(),
  })
  .meta({ id: 'SgRule' });

export type Route = z.infer<typeof RouteSchema>;
export type NaclRule = z.infer<typeof NaclRuleSchema>;
export type SgRule = z.infer<typeof SgRuleSchema>;
export type PrefixList = (typeof PREFIX_LISTS)[number];
