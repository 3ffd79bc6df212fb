import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  type NodeMouseHandler,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, type DragEvent } from 'react';
import type { ResourceType, VpcLabDocument } from '../../src/model/index.ts';
import { PresenceLayer } from '../collab/presence-canvas/PresenceLayer.tsx';
import { useReportPointer } from '../collab/presence-canvas/use-report-pointer.ts';
import { useT } from '../i18n/use-t.ts';
import { useEditor } from '../store/store.ts';
import { addNewResource, PALETTE_MIME } from './add-resource.ts';
import './arrange/arrange.css';
import { useArrangeUi } from './arrange/arrange-ui-store.ts';
import { InPlaceRename } from './arrange/InPlaceRename.tsx';
import { SelectAreaButton } from './arrange/SelectAreaButton.tsx';
import { SnapGuides } from './arrange/SnapGuides.tsx';
import { useBoxSelection } from './arrange/use-box-selection.ts';
import { useCanvasGestures } from './arrange/use-canvas-gestures.ts';
import { useSnapGuides } from './arrange/use-snap-guides.ts';
import { annotationDrop, annotationMoves, useViewBoxReader } from './annotations/canvas-hooks.ts';
import './connect/connect.css';
import { ConnectDialog } from './connect/ConnectDialog.tsx';
import { ConnectToDialog } from './connect/ConnectToDialog.tsx';
import { useConnections } from './connect/use-connections.ts';
import './canvas.css';
import type { Diagram } from './derive-diagram.ts';
import type { DiagramEdge, DiagramNode } from './diagram-types.ts';
import { dropTargets, livesInSubnet, refusedDrop } from './drop-rules.ts';
import { interfaceDropRefusal } from './interface-drop.ts';
import { documentIndex } from '../store/document-index.ts';
import { EmptyCanvasHint } from './EmptyCanvasHint.tsx';
import { fitDesign } from './fit-design.ts';
import { EDGE_TYPES } from './FloatingEdge.tsx';
import { TONE } from './icons.tsx';
import { CanvasMenu } from './menu/CanvasMenu.tsx';
import { containerAt, moveLayout, snapToGrid } from './move-layout.ts';
import { NODE_TYPES } from './nodes/node-types.ts';
import { CanvasMiniMap } from './minimap/CanvasMiniMap.tsx';
import { CompactProvider } from './nodes/use-compact.tsx';
import { ZoomLabelsProvider } from './nodes/zoom-labels.tsx';
import { useOverlayOptions } from './overlay/overlay-options.ts';
import { LessonIntentLayer } from './overlay/LessonIntentLayer.tsx';
import { ReachabilityOverlay } from './overlay/ReachabilityOverlay.tsx';
import { ResizeEndContext, type ResizeEndHandler } from './resize-context.ts';
import { GRID, SIZE } from './sizes.ts';
import { useTheme } from '../theme/theme-store.ts';
import { toneVariables } from './tones.ts';
import { useCanvasNodes } from './use-canvas-nodes.ts';
import { useDiagram } from './use-diagram.ts';
import { useTrailing } from './use-trailing.ts';
import { useFitRequests } from './use-fit-requests.ts';
import { useFollowNewNodes } from './use-follow-new-nodes.ts';
import { useCanvasKeyboard } from './keyboard/use-canvas-keyboard.ts';
import { isReadOnly, useReadOnly } from '../collab/ui/use-read-only.ts';
import { useRovingFocus } from './keyboard/use-roving-focus.ts';

const PALETTE_TYPES = new Set<string>(Object.keys(TONE));
// Module constants: React Flow copies these props into its store whenever their identity changes.
const SNAP_GRID: [number, number] = [GRID, GRID];
const PRO_OPTIONS = { hideAttribution: true };

/** The design surface: the document drawn as nodes and edges, edited by dragging, dropping and resizing. */
export function Canvas() {
  // Deferred: the canvas redraws in an interruptible render after the edit's urgent updates
  // (the inspector, the worker request), so a large design never blocks the page for long.
  const document = useDeferredValue(useEditor((s) => s.document));
  const selection = useEditor((s) => s.selection);
  const theme = useTheme();
  const diagram = useDiagram(document);
  const { nodes, onNodesChange, reset } = useCanvasNodes(diagram, selection);
  // The derived array itself while no edge is selected (the usual case): selecting a node then
  // leaves React Flow's edges alone instead of running every edge's selectors again.
  const edges = useMemo(() => {
    const selected = new Set(selection);
    if (!diagram.edges.some((e) => selected.has(e.id))) return diagram.edges as DiagramEdge[];
    return diagram.edges.map((e): DiagramEdge => (selected.has(e.id) ? { ...e, selected: true } : e));
  }, [diagram.edges, selection]);
  const shownEdges = useTrailing(edges);
  const flow = useReactFlow<DiagramNode, DiagramEdge>();
  const section = useRef<HTMLElement>(null);
  // One tab stop for every resource, and the arrow keys, Enter and nudges on it (keyboard/).
  const roving = useRovingFocus(nodes, diagram, selection, section);
  useCanvasKeyboard(section, diagram);
  const fit = useCallback(() => fitDesign(flow, section.current), [flow]);
  useFitOnLoad(document, diagram, fit);
  useFitRequests(document, fit);
  useViewBoxReader(flow, section);
  useFollowNewNodes(document, diagram, section);
  const connections = useConnections(section);
  // Live sessions: this person's pointer to the room; others' pointers and selections drawn.
  useReportPointer(section);
  const t = useT();
  const miniMapShown = useOverlayOptions((o) => o.miniMapShown);
  const ariaLabels = useMemo(
    () => ({
      'controls.ariaLabel': t('canvas:controls'),
      'controls.zoomIn.ariaLabel': t('canvas:zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas:zoomOut'),
      'node.a11yDescription.default': t('keyboardCanvas:description'),
    }),
    [t],
  );
  // The handlers read the diagram through a ref so they stay the same functions across edits:
  // React Flow copies its handler props into its store, and every store update runs each
  // node's selectors (a thousand of them on a large design).
  const drawn = useRef(diagram);
  useLayoutEffect(() => {
    drawn.current = diagram;
  }, [diagram]);
  // Selection and arrangement (arrange/): snap guides while dragging, box selection, rename and menus.
  const snap = useSnapGuides(drawn, onNodesChange);
  const box = useBoxSelection(drawn, snap.onNodesChange);
  const gestures = useCanvasGestures(drawn, section);
  const selectArea = useArrangeUi((s) => s.selectArea);
  // A view-only page (a live session's view link) selects, pans and traces, but moves and connects nothing.
  const readOnly = useReadOnly();

  const onNodeClick: NodeMouseHandler<DiagramNode> = useCallback((event, node) => {
    useEditor.getState().select([node.data.resourceId], event.shiftKey ? 'add' : 'replace');
  }, []);
  const onEdgeClick = useCallback((event: React.MouseEvent, edge: DiagramEdge) => {
    if (edge.data?.kind === 'peering') useEditor.getState().select([edge.id], event.shiftKey ? 'add' : 'replace');
  }, []);
  const onPaneClick = useCallback(() => useEditor.getState().clearSelection(), []);

  const onNodeDragStart: OnNodeDrag<DiagramNode> = useCallback((event, node) => {
    const state = useEditor.getState();
    if (!state.selection.includes(node.data.resourceId) && !event.shiftKey) state.select([node.data.resourceId]);
  }, []);

  const onNodeDragStop: OnNodeDrag<DiagramNode> = useCallback(
    (_event, _node, dragged) => {
      const diagram = drawn.current;
      const absolute = (n: DiagramNode) => {
        const parent = n.parentId === undefined ? undefined : diagram.placements.get(n.parentId)?.box;
        return { id: n.id, ...snap.settle(n.id, (parent?.x ?? 0) + n.position.x, (parent?.y ?? 0) + n.position.y) };
      };
      const notes = annotationMoves(dragged);
      const moves = dragged.filter((n) => n.type !== 'external' && n.type !== 'annotation').map(absolute);
      const single = dragged.length === 1 && notes.length === 0 ? dragged[0] : undefined;
      const { dispatch, dispatchAll, notify } = useEditor.getState();
      const eni = single?.data.networkInterface;
      if (single && eni) {
        // A network interface moves within its subnet, or into another subnet of its AZ (re-homed).
        const move = moves[0]!;
        const { width, height } = SIZE.networkInterface;
        const subnet = containerAt(diagram, { x: move.x + width / 2, y: move.y + height / 2 }, ['subnet']);
        const refusal = interfaceDropRefusal(documentIndex(useEditor.getState().document), eni, subnet);
        if (refusal !== null || subnet === undefined) {
          if (refusal !== null) notify({ kind: 'error', text: refusal });
          reset();
          return;
        }
        const layout = moveLayout(diagram, moves);
        if (subnet === single.parentId) {
          dispatch({ type: 'move', layout });
          return;
        }
        const before = useEditor.getState().document;
        const applied = dispatchAll([
          { type: 'move-network-interface', id: eni.instance, position: eni.position, subnet },
          { type: 'move', layout },
        ]);
        if (!applied) {
          reset();
          return;
        }
        const instance = documentIndex(before).get(eni.instance, 'instance');
        const dropped = instance?.networkInterfaces?.[eni.position]?.privateIp !== undefined;
        notify({
          kind: 'info',
          text: t('interfaces:canvas.moved', {
            name: eni.name,
            instance: eni.instanceTitle,
            subnet,
            dropped: dropped ? 'yes' : 'no',
          }),
        });
        return;
      }
      if (single && livesInSubnet(single.data.type)) {
        const move = moves[0]!;
        const centre = { x: move.x + SIZE.leaf.width / 2, y: move.y + SIZE.leaf.height / 2 };
        const subnet = containerAt(diagram, centre, ['subnet']);
        if (subnet === undefined) {
          notify({ kind: 'error', text: refusedDrop(single.data.type as ResourceType) });
          reset();
          return;
        }
        if (subnet !== single.parentId) {
          // Reparent and move as one undo step; a refused reparent (message shown by the store) snaps back.
          const applied = useEditor.getState().dispatchAll([
            { type: 'reparent', id: single.id, subnet },
            { type: 'move', layout: moveLayout(diagram, moves) },
          ]);
          if (!applied) reset();
          return;
        }
      }
      const layout = moveLayout(diagram, moves);
      if (notes.length > 0) {
        // Resources and annotations dragged together move as one step.
        dispatchAll([...(Object.keys(layout).length > 0 ? [{ type: 'move' as const, layout }] : []), ...notes]);
      } else if (Object.keys(layout).length > 0) dispatch({ type: 'move', layout });
    },
    [reset, snap, t],
  );

  const onResizeEnd: ResizeEndHandler = useCallback((id, params) => {
    const diagram = drawn.current;
    const placement = diagram.placements.get(id);
    if (!placement) return;
    const parent = placement.parent === undefined ? undefined : diagram.placements.get(placement.parent)?.box;
    const x = snapToGrid((parent?.x ?? 0) + params.x);
    const y = snapToGrid((parent?.y ?? 0) + params.y);
    useEditor.getState().dispatch({
      type: 'move',
      layout: { [id]: { x, y, width: snapToGrid(params.width), height: snapToGrid(params.height) } },
    });
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME) || isReadOnly()) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (annotationDrop(event, type, flow)) return;
      if (!PALETTE_TYPES.has(type)) return;
      event.preventDefault();
      const resourceType = type as ResourceType;
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const targets = dropTargets(resourceType);
      const container = targets.length > 0 ? containerAt(drawn.current, point, targets) : undefined;
      if (targets.length > 0 && container === undefined) {
        useEditor.getState().notify({ kind: 'error', text: refusedDrop(resourceType) });
        return;
      }
      const isBox = resourceType === 'vpc' || resourceType === 'subnet';
      const position = isBox ? point : { x: point.x - SIZE.leaf.width / 2, y: point.y - SIZE.leaf.height / 2 };
      addNewResource({ type: resourceType, container, position });
    },
    [flow],
  );

  return (
    <section
      ref={section}
      className={selectArea ? 'canvas is-selecting-area' : 'canvas'}
      aria-label={t('canvas:name')}
      style={toneVariables(theme)}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ResizeEndContext.Provider value={onResizeEnd}>
        <CompactProvider>
          <ZoomLabelsProvider>
            <ReactFlow<DiagramNode, DiagramEdge>
              nodes={roving}
              edges={shownEdges}
              nodeTypes={NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              onNodesChange={box.onNodesChange}
              onSelectionStart={box.onSelectionStart}
              selectionMode={SelectionMode.Full}
              selectionOnDrag={selectArea}
              panOnDrag={!selectArea}
              onNodeDoubleClick={gestures.onNodeDoubleClick}
              onNodeContextMenu={gestures.onNodeContextMenu}
              onPaneContextMenu={gestures.onPaneContextMenu}
              onNodeClick={onNodeClick}
              onEdgeClick={onEdgeClick}
              onPaneClick={onPaneClick}
              onNodeDragStart={onNodeDragStart}
              onNodeDragStop={onNodeDragStop}
              deleteKeyCode={null}
              multiSelectionKeyCode={null}
              {...connections}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              nodesFocusable={false}
              edgesFocusable={false}
              minZoom={0.1}
              ariaLabelConfig={ariaLabels}
              snapToGrid
              snapGrid={SNAP_GRID}
              proOptions={PRO_OPTIONS}
              colorMode={theme}
            >
              <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="var(--canvas-dots)" />
              {miniMapShown && <CanvasMiniMap />}
              <Controls showInteractive={false} showFitView={false}>
                <ControlButton
                  onClick={fit}
                  aria-label={t('canvas:fitView')}
                  title={`${t('canvas:fitView')} (Shift+1)`}
                >
                  <FitIcon />
                </ControlButton>
                <ControlButton
                  onClick={() => useOverlayOptions.setState({ miniMapShown: !miniMapShown })}
                  aria-label={t('canvas:miniMap')}
                  aria-pressed={miniMapShown}
                  title={t('canvas:miniMap')}
                >
                  <MiniMapIcon />
                </ControlButton>
                <SelectAreaButton />
              </Controls>
              <ReachabilityOverlay />
              <LessonIntentLayer />
              <SnapGuides />
              <InPlaceRename drawn={drawn} />
              <PresenceLayer />
            </ReactFlow>
          </ZoomLabelsProvider>
        </CompactProvider>
      </ResizeEndContext.Provider>
      {document.resources.length === 0 && !document.annotations ? <EmptyCanvasHint /> : null}
      <CanvasMenu selectAll={gestures.selectAll} />
      <ConnectDialog />
      <ConnectToDialog />
    </section>
  );
}

/**
 * Frames the design whenever a whole design is put in place: New, an example, a lesson, an
 * import, a share link, and the work restored at start (the store counts these as `loads`),
 * once the deferred render has drawn it. Edits keep the view where it is.
 */
function useFitOnLoad(document: VpcLabDocument, diagram: Diagram, fit: () => void) {
  const loads = useEditor((s) => s.loads);
  const framed = useRef(0);
  useEffect(() => {
    if (loads === framed.current || diagram.placements.size === 0) return;
    // The canvas draws a deferred copy of the document: wait until it shows the new one.
    if (useEditor.getState().document !== document) return;
    framed.current = loads;
    const frame = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(frame);
  }, [document, diagram, loads, fit]);
}

/** The fit-view icon: four corners. */
function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

/** The mini-map icon: a frame with a smaller view inside. */
function MiniMapIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <rect x="1.5" y="2.5" width="13" height="11" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="8" y="8" width="5" height="4" fill="currentColor" />
    </svg>
  );
}
