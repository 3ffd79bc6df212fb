import { del, get, set } from 'idb-keyval';
import { currentT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { downloadText } from './download.ts';

/**
 * Saved work that this version could not open (written by a newer VPC Lab, hand-edited,
 * damaged) is moved aside under a key of its own before anything else is saved, so that the
 * next edit, which overwrites the autosave, does not destroy it. The page offers it as a file
 * at every start until the person downloads or discards it.
 */
const KEY = 'vpclab:unreadable';

interface Kept {
  readonly raw: unknown;
  readonly why: string;
}

/** Keeps `raw` aside (the newest unreadable work wins the one slot) and offers it. */
export async function keepUnreadable(raw: unknown, why: string): Promise<void> {
  await set(KEY, { raw, why } satisfies Kept);
  offer({ raw, why });
}

/** Offers work kept aside at an earlier start, if any is still there. */
export async function offerKeptUnreadable(): Promise<void> {
  const kept = (await get(KEY)) as Kept | undefined;
  if (kept && typeof kept === 'object' && 'raw' in kept) offer(kept);
}

function offer(kept: Kept): void {
  const t = currentT();
  const dismiss = () => useEditor.getState().notify(null);
  useEditor.getState().notify({
    kind: 'error',
    text: t('notices:savedWork.unreadable', { why: kept.why }),
    actions: [
      {
        label: t('notices:savedWork.downloadUnreadable'),
        run: () => downloadText(asText(kept.raw), 'vpclab-unreadable-work.json'),
      },
      {
        label: t('notices:savedWork.discardUnreadable'),
        run: () => {
          void del(KEY).then(dismiss, dismiss);
        },
      },
    ],
  });
}

/** The kept value as a file's text: JSON when it can be written as JSON, else as it prints. */
function asText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}
