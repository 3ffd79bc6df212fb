import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { safeFileBase } from '../document/serialize.ts';

/** `<name>.png`: the same file-name rule as Export JSON (ui.md). */
export function imageFileName(name: string, extension: 'png' | 'svg'): string {
  return `${safeFileBase(name)}.${extension}`;
}

/**
 * Renders the whole diagram (not just the visible part) to a data URL: the viewport element is
 * drawn with a transform that fits every node, on a white background.
 */
export async function renderDiagram(root: HTMLElement, nodes: readonly Node[], format: 'png' | 'svg'): Promise<string> {
  const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('The canvas is not ready.');
  const bounds = getNodesBounds([...nodes]);
  const margin = 40;
  const width = Math.min(4000, Math.max(320, Math.ceil(bounds.width + margin * 2)));
  const height = Math.min(4000, Math.max(240, Math.ceil(bounds.height + margin * 2)));
  const view = getViewportForBounds(bounds, width, height, 0.1, 1, 0.05);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`,
    },
  };
  return format === 'png' ? toPng(viewport, { ...options, pixelRatio: 2 }) : toSvg(viewport, options);
}

/** Starts a download of a data URL. */
export function downloadDataUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}
