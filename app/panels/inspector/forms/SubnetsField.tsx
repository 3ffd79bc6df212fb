import { OpenButton } from '../fields/OpenButton.tsx';
import { RefListField } from '../fields/RefListField.tsx';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';

/** The subnets of a multi-subnet resource (at least one); the picker offers the resource's VPC's subnets. */
export function SubnetsField({
  subnets,
  label = 'Subnets',
  vpc,
}: {
  readonly subnets: readonly string[];
  readonly label?: string;
  readonly vpc?: string | undefined;
}) {
  const { resource, index, apply } = useForm();
  const inVpc = vpc ?? index.vpcOf(resource.id);
  return (
    <RefListField
      label={label}
      values={subnets}
      options={optionsOfType(index, 'subnet', inVpc)}
      path=".subnets"
      min={1}
      onChange={(next) => apply({ subnets: next })}
      renderItem={(id) => <OpenButton id={id} label={id} />}
    />
  );
}
