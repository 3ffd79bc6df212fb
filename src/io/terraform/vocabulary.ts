import type { Listener } from '../../model/index.ts';

/** Terraform words the reader and the writer share. */

export const AMI = {
  linux: 'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
  windows: 'resolve:ssm:/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base',
} as const;

export const LISTENER_PROTOCOL_OUT: Record<Listener['protocol'], string> = {
  http: 'HTTP',
  https: 'HTTPS',
  tcp: 'TCP',
  tls: 'TLS',
  udp: 'UDP',
  tcp_udp: 'TCP_UDP',
};

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
