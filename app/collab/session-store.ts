import { create } from 'zustand';

/**
 * What the page shows of a live session (docs/collab.md, ui.md "Live sessions"): whether one
 * runs, this person's part in it, the links to share, the connection and who is here. The
 * session itself (live-session.ts) writes it; components only read it and call the actions
 * of live-session.ts.
 */

/** ui.md's "Connection" status: the socket and the browser's online state together. */
export type Connection = 'connected' | 'reconnecting' | 'offline';

/** Editors change the design; viewers (a view-only link) look, trace and export. */
export type Role = 'edit' | 'view';

/** A person in the room, as their page announces itself (Yjs awareness). */
export interface Person {
  /** Yjs's client id: unique in the room while the page is open. */
  readonly clientId: number;
  /** Plain text, never markup: it is rendered as text only. */
  readonly name: string;
  /** A CSS colour from the session's palette. */
  readonly colour: string;
  readonly role: Role;
  /** This page's own entry. */
  readonly self: boolean;
  /** Where their pointer is, in the canvas's flow coordinates; null off the canvas. */
  readonly pointer: { readonly x: number; readonly y: number } | null;
  /** Ids of what they have selected (resources, and `annotation:<id>` for notes). */
  readonly selection: readonly string[];
}

export interface SessionLinks {
  /** `/?room=<edit id>`: whoever has it edits. Absent for a viewer, who never learns it. */
  readonly edit?: string;
  /** `/?view=<view id>`: look, trace and export only. */
  readonly view: string;
}

export type SessionPhase =
  /** The offline editor: no room. */
  | 'off'
  /** A room is asked for (start or link) and waits for this person's name. */
  | 'naming'
  /** Connecting, or loading the room's design. */
  | 'joining'
  | 'live';

export interface SessionState {
  readonly phase: SessionPhase;
  readonly role: Role;
  readonly links: SessionLinks | null;
  readonly connection: Connection;
  /** Everyone in the room, this page first. */
  readonly people: readonly Person[];
}

export const OFF: SessionState = { phase: 'off', role: 'edit', links: null, connection: 'offline', people: [] };

export const useSession = create<SessionState>()(() => OFF);
