import type { VpcLabDocument } from '../../src/model/index.ts';
import type { AnalysisReport } from '../../src/worker/protocol.ts';
import { safeFileBase } from '../../src/io/vpclab/write.ts';
import type { Translate } from '../../src/i18n/i18n.ts';
import { deriveDiagram } from './derive-diagram.ts';
import { diagramSvg, type Picture, type PictureWords } from './export/diagram-svg.ts';
import { traceHolds, type TracedFlow } from '../analysis/trace-store.ts';
import { intentLines, type IntentLine } from './overlay/intent-lines.ts';
import { traceDrawing } from './overlay/trace-lines.ts';
import { nodeIdOf } from './overlay/node-ids.ts';

/** `<name>.png`: the same file-name rule as Export JSON (ui.md). */
export function imageFileName(name: string, extension: 'png' | 'svg'): string {
  return `${safeFileBase(name)}.${extension}`;
}

/** What to put in the picture (the Export menu's options). */
export interface PictureChoice {
  /** Draw the intents' paths and blocked badges, from the report of the design on screen. */
  readonly overlay: boolean;
  /** Only the selected resources and what is inside them. */
  readonly selectionOnly: boolean;
}

/** The picture's words in the page's language. */
export function pictureWords(t: Translate): PictureWords {
  return {
    public: t('canvas:subnetAccess.public'),
    private: t('canvas:subnetAccess.private'),
    key: {
      key: t('topBar:exportMenu.key'),
      publicSubnet: t('topBar:exportMenu.publicSubnet'),
      privateSubnet: t('topBar:exportMenu.privateSubnet'),
      edges: {
        route: t('topBar:exportMenu.edges.route'),
        service: t('topBar:exportMenu.edges.service'),
        peering: t('topBar:exportMenu.edges.peering'),
        attachment: t('topBar:exportMenu.edges.attachment'),
        vpn: t('topBar:exportMenu.edges.vpn'),
        interface: t('interfaces:canvas.keyEdge'),
      },
      allowed: t('topBar:exportMenu.allowed'),
      blocked: t('topBar:exportMenu.blocked'),
      partial: t('topBar:exportMenu.partial'),
      blockedHere: t('topBar:exportMenu.blockedHere'),
    },
  };
}

/**
 * The design as a vector picture. The overlay comes only from a report of this very revision
 * (`report` is null or stale otherwise): a picture never mixes a design with another's verdicts.
 * With the overlay, the trace on the canvas (`traced`) is drawn too, when it holds for `document`,
 * and the open lesson's intents (`lessonLines`, of this revision too).
 */
export function designPicture(
  document: VpcLabDocument,
  report: AnalysisReport | null,
  selection: readonly string[],
  choice: PictureChoice,
  t: Translate,
  traced: TracedFlow | null = null,
  lessonLines: readonly IntentLine[] = [],
): Picture {
  const only = choice.selectionOnly && selection.length > 0 ? new Set(selection.map(nodeIdOf)) : undefined;
  const drawing = choice.overlay && traced && traceHolds(traced, document) ? traceDrawing(traced) : null;
  return diagramSvg(deriveDiagram(document), {
    words: pictureWords(t),
    title: document.name,
    ...(only ? { only } : {}),
    ...(choice.overlay && report ? { overlay: [...intentLines(report.intents), ...lessonLines] } : {}),
    ...(drawing
      ? {
          trace: {
            drawing,
            chip: t('canvas:overlay.traceChip', {
              flow: drawing.flow,
              verdict: t('dock:reachability.verdict', { verdict: drawing.verdict }),
            }),
          },
        }
      : {}),
  });
}

/** Chromium refuses canvases past about 268 million pixels or 32,767 px a side; stay well inside. */
const MAX_PIXELS = 100_000_000;
const MAX_SIDE = 16_000;

/**
 * The same SVG drawn into a canvas at `scale` times its size on a white background, as PNG
 * bytes: the PNG and the SVG always agree. A picture too large for a canvas is scaled down.
 */
export async function pictureToPng(picture: Picture, scale = 2): Promise<Blob> {
  const fit = Math.min(
    scale,
    Math.sqrt(MAX_PIXELS / (picture.width * picture.height)),
    MAX_SIDE / picture.width,
    MAX_SIDE / picture.height,
  );
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = window.document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(picture.width * fit));
    canvas.height = Math.max(1, Math.round(picture.height * fit));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw into a canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
