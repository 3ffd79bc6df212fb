/**
 * What an infrastructure-as-code import or export could not carry over exactly. Every warning
 * names the resource (a CloudFormation logical id or a Terraform address) and, where it applies,
 * the property, so a person can find the line; the text comes from the `iac` catalogue.
 */
export const IAC_WARNING_CODES = [
  /** An intrinsic function or expression whose value is only known at deploy time. */
  'unresolved',
  /** Fn::GetAZs or an AZ for a region whose zones are not known statically. */
  'region-unknown',
  /** A resource type the document format does not represent. */
  'unsupported-resource',
  /** A required property is missing or unusable, so the resource is left out. */
  'missing-property',
  /** A reference to a resource that is not in the files read. */
  'dangling-reference',
  /** Read, but only approximately (the detail says how). */
  'approximated',
  /** Export: a part of the document that the target language cannot say, kept in metadata. */
  'metadata-only',
] as const;

export type IacWarningCode = (typeof IAC_WARNING_CODES)[number];

export interface IacWarning {
  readonly code: IacWarningCode;
  /** The CloudFormation logical id, Terraform address or document id concerned. */
  readonly subject: string;
  /** The property concerned, e.g. `CidrBlock` or `vpc_id`; empty when the whole resource is. */
  readonly property: string;
  /** Plain detail: the expression, the resource type, what was assumed. */
  readonly detail: string;
}

export function iacWarning(code: IacWarningCode, subject: string, property: string, detail: string): IacWarning {
  return { code, subject, property, detail };
}

/** Collects warnings once each (the same unresolved parameter read twice is one warning). */
export class WarningList {
  readonly items: IacWarning[] = [];
  private readonly seen = new Set<string>();

  add(code: IacWarningCode, subject: string, property: string, detail: string): void {
    const key = `${code}\u0000${subject}\u0000${property}\u0000${detail}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(iacWarning(code, subject, property, detail));
  }
}
