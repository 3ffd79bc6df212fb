import { assignAddresses } from './addresses.ts';
import type { ValidationContext } from './validate-context.ts';

/** Explicit private IPs and automatic assignment: the plan's problems are validation errors. */
export function validateAddresses(context: ValidationContext): void {
  context.issues.push(...assignAddresses(context.document, context.index).errors);
}
