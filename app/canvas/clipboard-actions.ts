import { serializeDocument } from '../../src/io/vpclab/write.ts';
import type { LayoutEntry } from '../../src/model/index.ts';
import { currentT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';

/**
 * The clipboard actions the canvas's menu calls. This is the one seam between the menu and the
 * clipboard work (Ctrl/Cmd+C/X/V, pasting with fresh ids): that work replaces this file, keeping
 * `copySelection`. Until then Copy writes the selected resources, with their canvas positions,
 * as a VPC Lab JSON document to the system clipboard, which pastes into a text editor as JSON.
 */
export async function copySelection(): Promise<void> {
  const { document, selection, notify } = useEditor.getState();
  const t = currentT();
  const chosen = new Set(selection);
  const resources = document.resources.filter((r) => chosen.has(r.id));
  if (resources.length === 0) return;
  const layout: Record<string, LayoutEntry> = {};
  for (const r of resources) {
    const entry = document.layout?.[r.id];
    if (entry) layout[r.id] = entry;
  }
  const fragment = { format: document.format, version: document.version, name: document.name, resources, layout };
  try {
    await navigator.clipboard.writeText(serializeDocument(fragment));
    notify({ kind: 'info', text: t('contextMenu:copied', { count: resources.length }) });
  } catch {
    notify({ kind: 'error', text: t('contextMenu:copyFailed') });
  }
}
