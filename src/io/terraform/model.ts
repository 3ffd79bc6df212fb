/**
 * The shape both Terraform inputs are brought to before mapping: one entry per resource
 * instance with its attribute values, references kept as `TfRef` (from HCL) or as the real ids
 * that `idIndex` maps back to addresses (from `terraform show -json`).
 */
export interface TfResource {
  /** `aws_subnet.web`, `aws_subnet.web[0]`, `module.net.aws_subnet.web`. */
  readonly address: string;
  readonly type: string;
  /** The resource name with its index and module path: what the document id is made from. */
  readonly name: string;
  readonly values: Record<string, unknown>;
}

/** A managed prefix list named by a `data "aws_prefix_list"` block. */
export class PrefixListRef {
  constructor(readonly service: string) {}
}

export interface TfInput {
  readonly resources: readonly TfResource[];
  /** Real id (`vpc-0abc…`) to the address and attribute that carries it (state and plan only). */
  readonly idIndex: ReadonlyMap<string, { address: string; attribute: string }>;
  /** `local.vpclab`, when the configuration was written by VPC Lab. */
  readonly metadata: unknown;
}
