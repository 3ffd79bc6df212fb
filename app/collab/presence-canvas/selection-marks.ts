import type { Person } from '../session-store.ts';

/** The part of a person a mark needs. */
export type Marker = Pick<Person, 'clientId' | 'name' | 'colour'>;

/** What the canvas draws around one node that others have selected. */
export interface SelectionMark {
  /** The canvas node (a resource's id, `annotation:<id>`, or a peering connection's edge). */
  readonly nodeId: string;
  /** One outline each, innermost first. */
  readonly rings: readonly Marker[];
  /** Name tags, stacked in this order. */
  readonly tags: readonly Marker[];
  /** Others with a tag here that does not fit: counted in a "+N" tag. */
  readonly more: readonly Marker[];
}

export const MARK_LIMITS = {
  /** Outlines around one node; a fourth person still gets a tag. */
  rings: 3,
  /** Name tags over one node before the rest become "+N". */
  tags: 3,
  /**
   * Someone who selected more than this many things (a box selection, Select all) gets a tag on
   * the first only, and outlines on all: a tag on every node would bury the design in names.
   */
  taggedSelection: 8,
  /** Nodes marked in all: a page stays responsive whatever others select. */
  nodes: 600,
};

/**
 * The outlines and tags for everyone else's selection, one mark per node, in the order people
 * are listed (the session's order), each person once per node. This page's own selection is
 * left out: it keeps the canvas's own selection look.
 */
export function selectionMarks(people: readonly Person[], limits = MARK_LIMITS): SelectionMark[] {
  const byNode = new Map<string, { rings: Marker[]; tags: Marker[]; more: Marker[]; people: Set<number> }>();
  for (const person of people) {
    if (person.self) continue;
    const marker: Marker = { clientId: person.clientId, name: person.name, colour: person.colour };
    const bulk = new Set(person.selection).size > limits.taggedSelection;
    let first = true;
    for (const nodeId of person.selection) {
      let mark = byNode.get(nodeId);
      if (!mark) {
        if (byNode.size >= limits.nodes) continue;
        mark = { rings: [], tags: [], more: [], people: new Set() };
        byNode.set(nodeId, mark);
      }
      if (mark.people.has(person.clientId)) continue;
      mark.people.add(person.clientId);
      if (mark.rings.length < limits.rings) mark.rings.push(marker);
      if (!bulk || first) (mark.tags.length < limits.tags ? mark.tags : mark.more).push(marker);
      first = false;
    }
  }
  return [...byNode].map(([nodeId, { rings, tags, more }]) => ({ nodeId, rings, tags, more }));
}

/**
 * Screen pixels between a node's edge and its first outline: just clear of the page's own
 * selection ring (2 px wide, 2 px out), and close enough that the tags above it stay in the
 * gap between a subnet's header and its first row of resources.
 */
export const FIRST_RING_GAP = 5;
/** Screen pixels from one outline to the next one out (a pixel between them). */
export const RING_STEP = 3;
/** Screen pixels: an outline's width. */
export const RING_WIDTH = 2;

/** How far outside the node the `index`-th outline is drawn, in screen pixels. */
export const ringGap = (index: number): number => FIRST_RING_GAP + index * RING_STEP;

/**
 * How tags show at a zoom: names where the design is drawn near its size; zoomed out, where a
 * node's header shrinks under a tag of fixed screen size, only initials; further out only the
 * outlines (the colour says whose; the pointer and the People here list carry the names).
 */
export type TagForm = 'name' | 'initial' | 'none';

export const TAG_ZOOM = { names: 0.75, initials: 0.4 } as const;

export const tagForm = (zoom: number): TagForm =>
  zoom >= TAG_ZOOM.names ? 'name' : zoom >= TAG_ZOOM.initials ? 'initial' : 'none';

/**
 * Where a node's tags hang. Above the outlines, outside the node, for containers, notes and
 * frames: their own titles are inside, at the top. A resource's tile sits in a row a little
 * below its subnet's header (name and CIDR), so its tags are a tab on the tile's top edge,
 * over the tile's blank top margin, leaving the header above and the tile's name below clear.
 */
export type TagPlace = 'above' | 'tab';

export const tagPlace = (nodeId: string, container: boolean): TagPlace =>
  container || nodeId.startsWith('annotation:') ? 'above' : 'tab';
