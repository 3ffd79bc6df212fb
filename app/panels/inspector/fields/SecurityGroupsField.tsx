import { MAX_SECURITY_GROUPS } from '../checks.ts';
import { useForm } from '../form-context.ts';
import { optionsOfType } from '../options.ts';
import { OpenButton } from './OpenButton.tsx';
import { RefListField } from './RefListField.tsx';
import { useT } from '../../../i18n/use-t.ts';

/**
 * The groups on a resource's interfaces: attach up to five of its VPC's groups, open each. With none
 * listed, the VPC's default group applies (a network load balancer then has no group at all).
 */
export function SecurityGroupsField({ groups }: { readonly groups: readonly string[] | undefined }) {
  const t = useT();
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
      maxMessage={t('inspector:refList.maxGroups', { max: MAX_SECURITY_GROUPS })}
      removeLabel={(id) => t('inspector:rows.detach', { id })}
      // An empty list is an error (except on a network balancer): detaching the last goes back to the default.
      onChange={(next) => apply({ securityGroups: next.length > 0 ? next : undefined })}
      renderItem={(id) => <OpenButton id={id} />}
      empty={
        isNetworkBalancer ? (
          t('inspector:empty.noBalancerGroups')
        ) : defaultGroup ? (
          <>
            {t('inspector:empty.vpcDefaultGroup')} <OpenButton id={defaultGroup.id} />
          </>
        ) : (
          t('inspector:empty.defaultGroup')
        )
      }
    />
  );
}
