import { AMI_PARAMETER } from '../iac/aws-names.ts';

/** Terraform words the reader and the writer share. */

export const AMI = {
  linux: `resolve:ssm:${AMI_PARAMETER.linux}`,
  windows: `resolve:ssm:${AMI_PARAMETER.windows}`,
} as const;

export { LISTENER_PROTOCOL_OUT } from '../iac/aws-names.ts';

/** The region expression the writer builds zone and service names from. */
export const REGION_EXPRESSION = 'data.aws_region.current.name';

/** The name of the `locals` value that carries what Terraform cannot say. */
export const METADATA_LOCAL = 'vpclab';

/** What the writer keeps per resource in `local.vpclab.resources`, in document order. */
export interface ResourceMetadata {
  address: string;
  id: string;
  [field: string]: unknown;
}

/** The security group description Terraform sets when a configuration gives none. */
export const TERRAFORM_DEFAULT_DESCRIPTION = 'Managed by Terraform';
