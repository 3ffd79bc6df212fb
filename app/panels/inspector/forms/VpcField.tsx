import { SelectField } from '../fields/SelectField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';

/** The "VPC" a resource belongs to (gateways, tables, ACLs, groups, subnets, endpoints). */
export function VpcField({ value }: { readonly value: string }) {
  const { index, apply } = useForm();
  return (
    <SelectField
      label="VPC"
      value={value}
      options={optionsOfType(index, 'vpc')}
      path=".vpc"
      onChange={(vpc) => apply({ vpc })}
    />
  );
}
