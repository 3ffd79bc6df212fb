import { MAX_SECURITY_GROUPS } from '../checks.ts';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { OpenButton } from './OpenButton.tsx';
import { RefListField } from './RefListField.tsx';

/**
 * The groups on a resource's interfaces: attach up to five of its VPC's groups, open each. With none
 * listed, the VPC's default group applies (a network load balancer then has no group at all).
 */
export function SecurityGroupsField({ groups }: { readonly groups: readonly string[] | undefined }) {
  const { resource, index, apply } = useForm();
  const vpc = index.vpcOf(resource.id);
  const isNetworkBalancer = resource.type === 'load-balancer' && resource.kind === 'network';
  const defaultGroup = vpc === undefined ? undefined : index.defaultSecurityGroup(vpc);
  return (
    <RefListField
      label="Security groups"
      values={groups ?? []}
      options={optionsOfType(index, 'security-group', vpc)}
      path=".securityGroups"
      max={MAX_SECURITY_GROUPS}
      maxMessage={`A network interface takes at most ${MAX_SECURITY_GROUPS} security groups. Detach one first, or merge rules into fewer groups.`}
      removeLabel={(id) => `Detach ${id}`}
      // An empty list is an error (except on a network balancer): detaching the last goes back to the default.
      onChange={(next) => apply({ securityGroups: next.length > 0 ? next : undefined })}
      renderItem={(id) => <OpenButton id={id} />}
      empty={
        isNetworkBalancer ? (
          'No groups: the balancer admits all traffic.'
        ) : defaultGroup ? (
          <>
            Uses the VPC's default group. <OpenButton id={defaultGroup.id} />
          </>
        ) : (
          'Uses the default group of its VPC.'
        )
      }
    />
  );
}
