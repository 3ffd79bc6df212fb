/**
 * Edges are drawn border to border (FloatingEdge), but React Flow draws an edge only when both
 * of its nodes have a source and a target handle. React Flow finds handles by measuring the node
 * element for `.source` and `.target` children; the positions are never used here.
 *
 * Performance: the `<Handle>` component subscribes to React Flow's store (connection state) and
 * paints a transformed, transparent box. Two per node meant 2,000 store subscriptions run on every
 * drag step at 1,000 resources, and 2,000 extra paint chunks for the compositor to sort. Nothing
 * here connects (connections are made in the inspector), so one static, undisplayed element
 * carrying both roles is enough: no subscription, nothing painted.
 */
export function HiddenHandles() {
  return <div className="react-flow__handle source target hidden-handle" data-handlepos="bottom" hidden />;
}
