import {
  useReactFlow,
  type Connection,
  type ConnectionLineComponent,
  type Edge,
  type IsValidConnection,
  type OnConnect,
  type OnConnectEnd,
  type OnConnectStart,
} from '@xyflow/react';
import { useMemo, type RefObject } from 'react';
import { currentT } from '../../i18n/use-t.ts';
import { useEditor } from '../../store/store.ts';
import type { DiagramEdge, DiagramNode, DiagramNodeData } from '../diagram-types.ts';
import { connectionVerdict, type Verdict } from './connection-verdict.ts';
import { ConnectionLine } from './ConnectionLine.tsx';
import { askAbout } from './pending-connection.ts';
import { verdictWords } from './verdict-words.ts';

/** The canvas class while a connection is drawn: drop zones then take the pointer (canvas.css). */
const CONNECTING = 'is-connecting';

/**
 * React Flow's connection props for the canvas: drawing from a subnet to a gateway adds a route,
 * from one resource to another a security group rule (docs/ui.md, "Drawing connections"). A
 * drop that needs a choice (a shared route table, the rule's port) opens the connection dialog;
 * a refused drop says why in a notice. Stable functions: React Flow copies them into its store.
 */
export function useConnections(section: RefObject<HTMLElement | null>) {
  const flow = useReactFlow<DiagramNode, DiagramEdge>();
  return useMemo(() => {
    const dataOf = (nodeId: string | null | undefined): DiagramNodeData | undefined =>
      nodeId ? flow.getNode(nodeId)?.data : undefined;
    const judge = (connection: Connection | Edge): Verdict | undefined => {
      const from = dataOf(connection.source);
      const to = dataOf(connection.target);
      return from && to ? connectionVerdict(useEditor.getState().document, from, to) : undefined;
    };
    const isValidConnection: IsValidConnection<DiagramEdge> = (connection) => judge(connection)?.ok === true;
    const onConnect: OnConnect = (connection) => {
      const verdict = judge(connection);
      if (verdict) carryOut(verdict);
    };
    const onConnectStart: OnConnectStart = () => section.current?.classList.add(CONNECTING);
    const onConnectEnd: OnConnectEnd = (event, state) => {
      section.current?.classList.remove(CONNECTING);
      if (state.isValid) return;
      const from = dataOf(state.fromNode?.id);
      if (!from) return;
      const to = state.toNode ? dataOf(state.toNode.id) : peeringUnder(event);
      if (!to) return;
      carryOut(connectionVerdict(useEditor.getState().document, from, to));
    };
    return {
      isValidConnection,
      onConnect,
      onConnectStart,
      onConnectEnd,
      connectionLineComponent: ConnectionLine as ConnectionLineComponent<DiagramNode>,
    };
  }, [flow, section]);
}

/**
 * Does what a drawn connection means: asks first when it must, says why when it cannot. The
 * keyboard's "Connect to…" (ConnectToDialog.tsx) ends here too.
 */
export function carryOut(verdict: Verdict): void {
  const { dispatch, notify } = useEditor.getState();
  if (!verdict.ok) {
    const text = verdictWords(currentT(), verdict);
    if (text !== '') notify({ kind: 'error', text });
    return;
  }
  if (verdict.kind === 'rule') {
    askAbout({ kind: 'rule', source: verdict.source, target: verdict.target, ports: verdict.ports });
    return;
  }
  if (verdict.plan.needsChoice) {
    askAbout({ kind: 'route', subnet: verdict.subnet, target: verdict.target, plan: verdict.plan });
    return;
  }
  dispatch({ type: 'connect-route', subnet: verdict.subnet, target: verdict.target, table: { kind: 'shared' } });
}

/** A peering connection is drawn as an edge, not a node: a drop on one is found under the pointer. */
function peeringUnder(event: MouseEvent | TouchEvent): DiagramNodeData | undefined {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return undefined;
  const { document } = useEditor.getState();
  for (const element of globalThis.document.elementsFromPoint(point.clientX, point.clientY)) {
    const id = element.closest('[data-resource-id]')?.getAttribute('data-resource-id');
    const resource = id ? document.resources.find((r) => r.id === id) : undefined;
    if (resource?.type === 'peering-connection')
      return { resourceId: resource.id, type: resource.type, title: resource.id };
  }
  return undefined;
}
