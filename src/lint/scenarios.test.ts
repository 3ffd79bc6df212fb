import { describe, expect, it } from 'vitest';
import { validateDocument } from '../model/index.ts';
import { lintDocument } from './index.ts';
import { loadScenarios, loadWorkedExample } from '../model/test-support/shared.ts';

/**
 * The findings each shared scenario should produce, checked by hand against its teaching
 * point: 02 parks a NAT gateway in a subnet without an IGW route on purpose, 05's bad NACL has
 * no outbound rule, and 11's second NAT instance keeps its source/destination check on.
 */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  '02-nat-gateway.json': ['nat-misplaced:NAT_GATEWAY_IN_PRIVATE_SUBNET'],
  '05-nacl-return-traffic.json': ['nacl-bad-b:NACL_DENIES_ALL'],
  '11-nat-instance.json': ['nat-bad:NAT_INSTANCE_SOURCE_DEST_CHECK'],
};

describe('findings on the shared documents', () => {
  it.each(loadScenarios())('$file produces only the findings it should', ({ file, document }) => {
    const parsed = validateDocument(document).document;
    expect(parsed).not.toBeNull();
    const findings = lintDocument(parsed!);
    expect(findings.map((f) => `${f.resource}:${f.code}`)).toEqual(EXPECTED[file] ?? []);
  });

  it('pins the messages of the scenario findings', () => {
    const messages = loadScenarios()
      .filter((s) => s.file in EXPECTED)
      .flatMap((s) => lintDocument(validateDocument(s.document).document!).map((f) => f.message));
    expect(messages).toEqual([
      'NAT gateway "nat-misplaced" is in subnet "internal-a", whose route table "rt-internal" has no route to an internet gateway, so move it to a public subnet or add a 0.0.0.0/0 route to an internet gateway to that table.',
      'Network ACL "nacl-bad-b" has no outbound allow rule, so it lets nothing out of subnet "bad-b"; add allow rules for the traffic needed, including replies to ephemeral ports.',
      'Instance "nat-bad" is a route target in route table "rt-via-nat-bad" but its source/destination check is on, so it drops the traffic it should forward; set sourceDestCheck to false.',
    ]);
  });

  it('the worked example of format.md has no findings', () => {
    expect(lintDocument(validateDocument(loadWorkedExample()).document!)).toEqual([]);
  });
});
