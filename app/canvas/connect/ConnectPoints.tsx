import { useNodeId, useStoreApi, type Connection } from '@xyflow/react';
import { XYHandle } from '@xyflow/system';
import type { MouseEvent as ReactMouseEvent, TouchEvent as ReactTouchEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useReadOnly } from '../../collab/ui/use-read-only.ts';
import type { DiagramNodeData } from '../diagram-types.ts';
import { CONNECT_SOURCES, CONNECT_TARGETS } from './connection-verdict.ts';

/**
 * Where a connection is drawn from and dropped onto. React Flow's `<Handle>` subscribes every
 * handle to its store (see hidden-handles.tsx), so these are plain elements carrying the classes
 * and data attributes React Flow looks for, and the connector starts React Flow's own connection
 * drag (`XYHandle`) itself:
 * - the connector, a dot on the node's right edge (shown on hover and when selected), on the
 *   types a connection starts from;
 * - the drop zone, covering the node, which takes the pointer only while a connection is being
 *   drawn (the canvas then has `is-connecting`), so a drop anywhere on the node counts.
 */
export function ConnectPoints({ data }: { readonly data: DiagramNodeData }) {
  const nodeId = useNodeId();
  const store = useStoreApi();
  const t = useT();
  // A view-only page draws no connector: nothing it connects could be kept.
  const readOnly = useReadOnly();
  if (nodeId === null || readOnly) return null;
  const flowId = store.getState().rfId;
  const start = (event: ReactMouseEvent | ReactTouchEvent) => {
    const native = event.nativeEvent;
    if ('button' in native && native.button !== 0) return;
    const state = store.getState();
    XYHandle.onPointerDown(native, {
      handleDomNode: event.currentTarget as Element,
      autoPanOnConnect: state.autoPanOnConnect,
      connectionMode: state.connectionMode,
      connectionRadius: state.connectionRadius,
      domNode: state.domNode,
      nodeLookup: state.nodeLookup,
      lib: state.lib,
      isTarget: false,
      handleId: CONNECTOR_ID,
      nodeId,
      flowId: state.rfId,
      panBy: state.panBy,
      cancelConnection: state.cancelConnection,
      onConnectStart: (...args) => store.getState().onConnectStart?.(...args),
      onConnectEnd: (...args) => store.getState().onConnectEnd?.(...args),
      updateConnection: state.updateConnection,
      onConnect: (connection: Connection) => store.getState().onConnect?.(connection),
      isValidConnection: (connection) => store.getState().isValidConnection?.(connection) ?? true,
      getTransform: () => store.getState().transform,
      getFromHandle: () => store.getState().connection.fromHandle,
      autoPanSpeed: state.autoPanSpeed,
      dragThreshold: state.connectionDragThreshold,
    });
  };
  return (
    <>
      {CONNECT_TARGETS.has(data.type) && (
        <div
          className="react-flow__handle target connectable connectableend drop-zone"
          data-nodeid={nodeId}
          data-handleid={DROP_ID}
          data-handlepos="top"
          data-id={`${flowId}-${nodeId}-${DROP_ID}-target`}
          aria-hidden="true"
        />
      )}
      {CONNECT_SOURCES.has(data.type) && (
        <div
          role="button"
          tabIndex={-1}
          aria-label={t('connect:handle', { name: data.title })}
          title={t('connect:handleTip')}
          className="react-flow__handle source connectable connectablestart nodrag nopan connector"
          data-nodeid={nodeId}
          data-handleid={CONNECTOR_ID}
          data-handlepos="right"
          data-id={`${flowId}-${nodeId}-${CONNECTOR_ID}-source`}
          onMouseDown={start}
          onTouchStart={start}
        />
      )}
    </>
  );
}

const CONNECTOR_ID = 'connect';
const DROP_ID = 'drop';
