import { isImplicitId, isNamedDefaultGroup } from '../../../../src/model/index.ts';
import { useT } from '../../../i18n/use-t.ts';
import { checkId } from '../checks.ts';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { renameResource } from '../store-edits.ts';

/** Name and ID, which every resource has. Renaming an id carries every reference along. */
export function CommonFields() {
  const { resource, document, apply } = useForm();
  const t = useT();
  const implicit = isImplicitId(resource.id);
  // AWS keeps the default group's name; the model knows the default group by it (src/edit/default-group.ts).
  const fixedName = isNamedDefaultGroup(resource);
  return (
    <>
      <TextField
        label="Name"
        value={resource.name ?? ''}
        placeholder="optional"
        path=".name"
        readOnly={fixedName}
        onCommit={(text) => apply({ name: text === '' ? undefined : text })}
      />
      {fixedName && <p className="field-note">{t('inspector:defaultGroupName')}</p>}
      <TextField
        label="ID"
        // An implicit id (`vpc/main`) is not a valid user id; renaming makes the resource real under the new one.
        value={resource.id}
        check={(text) => (implicit && text === resource.id ? null : checkId(document, resource.id)(text))}
        path=".id"
        onCommit={(text) => renameResource(resource.id, text)}
      />
    </>
  );
}
