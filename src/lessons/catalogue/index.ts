import type { Lesson } from '../types.ts';
import { bastionHost } from './bastion-host.ts';
import { databaseAccess } from './database-access.ts';
import { naclReturnTraffic } from './nacl-return-traffic.ts';
import { natGateway } from './nat-gateway.ts';
import { officeVpn } from './office-vpn.ts';
import { peeringNotTransitive } from './peering-not-transitive.ts';
import { publicWebServer } from './public-web-server.ts';
import { s3Endpoint } from './s3-endpoint.ts';

/** Every lesson, in teaching order: each builds on what the ones before it taught. */
export const LESSONS: readonly Lesson[] = [
  publicWebServer,
  natGateway,
  bastionHost,
  naclReturnTraffic,
  databaseAccess,
  peeringNotTransitive,
  s3Endpoint,
  officeVpn,
];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}
