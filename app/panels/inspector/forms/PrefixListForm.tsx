import {
  isServicePrefixList,
  namesPrefixList,
  PREFIX_LIST_MAX_ENTRIES,
  type DocumentIndex,
  type PrefixListEntry,
  type PrefixListResource,
} from '../../../../src/model/index.ts';
import { useT } from '../../../i18n/use-t.ts';
import { checkCidr } from '../checks.ts';
import { OpenButton } from '../fields/OpenButton.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useForm } from '../form-context.ts';

/**
 * A customer-managed prefix list: its address family, its entries (a CIDR and a description
 * each) and its maximum size, then the route tables and security groups that use it. A list
 * belongs to no VPC: every VPC of the design may name it.
 */
export function PrefixListForm({ list }: { readonly list: PrefixListResource }) {
  const { index, apply } = useForm();
  const t = useT();
  const version = list.addressFamily === 'IPv6' ? 6 : 4;
  const entryCheck = checkCidr({ version });
  const writeEntries = (entries: PrefixListEntry[]) => apply({ entries });
  const replace = (i: number, entry: PrefixListEntry) =>
    writeEntries(list.entries.map((e, j) => (j === i ? entry : e)));
  const max = list.maxEntries ?? PREFIX_LIST_MAX_ENTRIES;
  const full = list.entries.length >= max;
  const users = usersOf(index, list.id);
  return (
    <>
      <SelectField
        label={t('prefixLists:form.family')}
        value={list.addressFamily}
        options={[
          { value: 'IPv4', label: 'IPv4' },
          { value: 'IPv6', label: 'IPv6' },
        ]}
        path=".addressFamily"
        onChange={(family) => {
          // Entries of the other family would all be refused by AWS: change the family of an empty list only.
          if (list.entries.length > 0 && family !== list.addressFamily) return t('prefixLists:form.familyLocked');
          return apply({ addressFamily: family === 'IPv6' ? 'IPv6' : 'IPv4' });
        }}
      />
      <TextField
        label={t('prefixLists:form.maxEntries')}
        value={list.maxEntries === undefined ? '' : String(list.maxEntries)}
        placeholder={t('prefixLists:form.maxEntriesDefault', { count: list.entries.length })}
        inputMode="numeric"
        path=".maxEntries"
        check={(text) => checkMaxEntries(t, text, list.entries.length)}
        onCommit={(text) => apply({ maxEntries: text === '' ? undefined : Number(text) })}
      />
      <p className="field-note">{t('prefixLists:form.maxEntriesNote')}</p>
      <fieldset className="group">
        <legend>{t('prefixLists:form.entries', { count: list.entries.length, max })}</legend>
        {list.entries.length === 0 && <p className="field-note">{t('prefixLists:form.noEntries')}</p>}
        {list.entries.map((entry, i) => (
          <div key={`${i}-${entry.cidr}`} className="row-with-button">
            <TextField
              label={t('prefixLists:form.entryCidr', { n: i + 1 })}
              value={entry.cidr}
              check={entryCheck}
              path={`.entries[${i}].cidr`}
              onCommit={(cidr) => replace(i, { ...entry, cidr })}
            />
            <TextField
              label={t('prefixLists:form.entryDescription', { n: i + 1 })}
              value={entry.description ?? ''}
              onCommit={(text) => replace(i, withDescription(entry, text))}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('prefixLists:form.removeEntry', { cidr: entry.cidr })}
              onClick={() => writeEntries(list.entries.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        ))}
        {full ? (
          <p className="field-note">{t('prefixLists:form.full', { max })}</p>
        ) : (
          <TextField
            label={t('prefixLists:form.addEntry')}
            value=""
            placeholder={version === 4 ? '192.168.10.0/24' : '2001:db8:1::/48'}
            check={(text) => (text === '' ? null : entryCheck(text))}
            clearOnCommit
            onCommit={(cidr) => writeEntries([...list.entries, { cidr }])}
          />
        )}
      </fieldset>
      <section className="group" aria-label={t('prefixLists:form.usedBy')}>
        <h3>{t('prefixLists:form.usedBy')}</h3>
        {users.length === 0 ? (
          <p className="field-note">{t('prefixLists:form.unused')}</p>
        ) : (
          <ul className="open-list">
            {users.map((user) => (
              <li key={user.id}>
                <OpenButton id={user.id} label={user.id} />
                <span className="field-note">
                  {user.type === 'route-table'
                    ? t('prefixLists:form.usedByTable', { count: user.count })
                    : t('prefixLists:form.usedByGroup', { count: user.count })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function withDescription(entry: PrefixListEntry, text: string): PrefixListEntry {
  const { description: _old, ...rest } = entry;
  return text === '' ? rest : { ...rest, description: text };
}

function checkMaxEntries(t: ReturnType<typeof useT>, text: string, count: number): string | null {
  if (text === '') return null;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > PREFIX_LIST_MAX_ENTRIES)
    return t('prefixLists:form.maxEntriesRange', { max: PREFIX_LIST_MAX_ENTRIES });
  if (value < count) return t('prefixLists:form.maxEntriesBelowCount', { count });
  return null;
}

/** Route tables and security groups naming the list, with how many routes or rules do. */
export function usersOf(
  index: DocumentIndex,
  id: string,
): { id: string; type: 'route-table' | 'security-group'; count: number }[] {
  const out: { id: string; type: 'route-table' | 'security-group'; count: number }[] = [];
  for (const table of index.ofType('route-table')) {
    const count = table.routes.filter((r) => namesPrefixList(r.destination) && r.destination === id).length;
    if (count > 0) out.push({ id: table.id, type: 'route-table', count });
  }
  for (const group of index.ofType('security-group')) {
    const count = [...group.inbound, ...group.outbound].filter(
      (r) => r.prefixList !== undefined && !isServicePrefixList(r.prefixList) && r.prefixList === id,
    ).length;
    if (count > 0) out.push({ id: group.id, type: 'security-group', count });
  }
  return out;
}
