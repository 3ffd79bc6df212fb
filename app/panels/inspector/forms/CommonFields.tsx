import { isImplicitId } from '../../../../src/model/index.ts';
import { checkId } from '../checks.ts';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';
import { renameResource } from '../store-edits.ts';

/** Name and ID, which every resource has. Renaming an id carries every reference along. */
export function CommonFields() {
  const { resource, document, apply } = useForm();
  const implicit = isImplicitId(resource.id);
  return (
    <>
      <TextField
        label="Name"
        value={resource.name ?? ''}
        placeholder="optional"
        path=".name"
        onCommit={(text) => apply({ name: text === '' ? undefined : text })}
      />
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
