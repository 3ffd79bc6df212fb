import { TextField } from './TextField.tsx';
import { RemoveButton } from './RemoveButton.tsx';
import { useT } from '../../../i18n/use-t.ts';
import { inspectorLabel } from '../inspector-label.ts';

/** Props of the tags editor. */
export interface TagsFieldProps {
  readonly tags: Readonly<Record<string, string>> | undefined;
  /** Applies the new tags (undefined removes the field); null when applied, else why not. */
  readonly onChange: (tags: Record<string, string> | undefined) => string | null;
}

/** Tags as key/value rows, in their document order. */
export function TagsField({ tags, onChange }: TagsFieldProps) {
  const entries = Object.entries(tags ?? {});
  const t = useT();
  const word = (english: string) => inspectorLabel(t, english);
  const write = (next: [string, string][]) => onChange(next.length > 0 ? Object.fromEntries(next) : undefined);
  const freshKey = () => {
    const keys = new Set(entries.map(([key]) => key));
    if (!keys.has('key')) return 'key';
    for (let n = 2; ; n++) if (!keys.has(`key-${n}`)) return `key-${n}`;
  };
  return (
    <fieldset className="group">
      <legend>{word('Tags')}</legend>
      {entries.map(([key, value], i) => (
        <div key={`${i}-${key}`} className="tag-row">
          <TextField
            label={t('inspector:rows.tagKey', { n: i + 1 })}
            hideLabel
            value={key}
            check={(text) =>
              text === ''
                ? 'A tag needs a key.'
                : entries.some(([other], j) => j !== i && other === text)
                  ? `The key "${text}" is already used.`
                  : null
            }
            onCommit={(text) => write(entries.map(([k, v], j) => (j === i ? [text, v] : [k, v])))}
          />
          <TextField
            label={t('inspector:rows.tagValue', { n: i + 1 })}
            hideLabel
            value={value}
            onCommit={(text) => write(entries.map(([k, v], j) => (j === i ? [k, text] : [k, v])))}
          />
          <RemoveButton
            label={t('inspector:rows.removeTag', { key })}
            onClick={() => write(entries.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <button type="button" className="link-button" onClick={() => write([...entries, [freshKey(), '']])}>
        {word('Add tag')}
      </button>
    </fieldset>
  );
}
