/**
 * Configuration findings (semantics.md, "Configuration findings"): advice about a design that
 * is valid and may even work, but is risky, wasteful or misleading. Not reachability, and never
 * a reason to refuse a document. One rule per file under rules/.
 */
import { indexDocument, type DocumentIndex, type VpcLabDocument } from '../model/index.ts';
import { createLintContext } from './context.ts';
import { adminPortOpenToWorld } from './rules/admin-port-open.ts';
import { albSingleAz } from './rules/alb-single-az.ts';
import { dbPubliclyAccessible } from './rules/db-publicly-accessible.ts';
import { dbSubnetGroupSingleAz } from './rules/db-subnet-group-single-az.ts';
import { naclDeniesAll } from './rules/nacl-denies-all.ts';
import { natGatewayInPrivateSubnet } from './rules/nat-gateway-private-subnet.ts';
import { natInstanceSourceDestCheck } from './rules/nat-instance-source-dest-check.ts';
import { publicSubnetWithoutIgwRoute } from './rules/public-subnet-without-igw-route.ts';
import { sgUnused } from './rules/sg-unused.ts';
import { vpcCidrOverlap } from './rules/vpc-cidr-overlap.ts';
import { vpcCidrOverlapUnpeered } from './rules/vpc-cidr-overlap-unpeered.ts';
import type { Finding, LintRule } from './types.ts';

export type { Finding, FindingParams, FindingSeverity, LintRule } from './types.ts';

/**
 * Every rule, in the order findings on one resource are listed. More than five groups on one
 * interface is deliberately absent: validation makes it an error (SECURITY_GROUPS_TOO_MANY) for
 * exactly the same condition, so a finding could only repeat it.
 */
export const LINT_RULES: readonly LintRule[] = [
  adminPortOpenToWorld,
  dbPubliclyAccessible,
  dbSubnetGroupSingleAz,
  albSingleAz,
  natGatewayInPrivateSubnet,
  natInstanceSourceDestCheck,
  vpcCidrOverlap,
  vpcCidrOverlapUnpeered,
  sgUnused,
  naclDeniesAll,
  publicSubnetWithoutIgwRoute,
];

/** Every code a finding can carry. Validation warnings with these codes are lint's to report. */
export const LINT_CODES: ReadonlySet<string> = new Set(LINT_RULES.flatMap((rule) => rule.codes));

/**
 * Lints a structurally valid document (semantic errors are tolerated: broken references are
 * skipped). Findings are ordered by their resource's place in the document, then by rule, so
 * the output is stable for a given document.
 * @example lintDocument(report.document).filter((f) => f.severity === 'warning')
 */
export function lintDocument(document: VpcLabDocument, index: DocumentIndex = indexDocument(document)): Finding[] {
  const context = createLintContext(document, index);
  const keyed = LINT_RULES.flatMap((rule, ruleOrder) =>
    rule.check(context).map((finding, emitted) => ({ finding, ruleOrder, emitted })),
  );
  const place = (id: string) => index.position.get(id) ?? Number.MAX_SAFE_INTEGER;
  keyed.sort(
    (x, y) =>
      place(x.finding.resource) - place(y.finding.resource) || x.ruleOrder - y.ruleOrder || x.emitted - y.emitted,
  );
  return keyed.map((k) => k.finding);
}
