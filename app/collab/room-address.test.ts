import { describe, expect, it } from 'vitest';
import { newEditId } from '../../src/collab/room-ids.ts';
import {
  addressWithRoom,
  collabSocketUrl,
  editLinkOf,
  roomRequestOf,
  serverIsLive,
  viewLinkOf,
} from './room-address.ts';

const at = (search: string) => new URL(`https://lab.example/${search}`);

describe('what a live-session address asks for', () => {
  const id = newEditId();

  it('reads an edit link, a view-only link, or no room at all', () => {
    expect(roomRequestOf(at(`?room=${id}`))).toEqual({ kind: 'edit', editId: id });
    expect(roomRequestOf(at(`?view=${id}`))).toEqual({ kind: 'view', viewId: id });
    expect(roomRequestOf(at(''))).toEqual({ kind: 'none' });
    expect(roomRequestOf(at('?example=01-public-private-subnets&lang=ja'))).toEqual({ kind: 'none' });
  });

  it('gives edit the precedence when a link carries both (never less than the link allows)', () => {
    expect(roomRequestOf(at(`?view=${newEditId()}&room=${id}`))).toEqual({ kind: 'edit', editId: id });
  });

  it('refuses, unread, a room parameter that is not a room id', () => {
    for (const bad of [
      '',
      id.slice(1),
      `${id}A`,
      `${id.slice(0, 21)}=`,
      '<script>alert(1)</script>',
      '../../etc/passwd',
      `${id.slice(0, 11)}%20${id.slice(11, 21)}`,
      encodeURIComponent(`${id.slice(0, 21)}é`),
    ]) {
      expect(roomRequestOf(at(`?room=${bad}`)), bad).toEqual({ kind: 'malformed' });
      expect(roomRequestOf(at(`?view=${bad}`)), bad).toEqual({ kind: 'malformed' });
    }
    // A damaged edit link is not quietly read as the view-only link next to it.
    expect(roomRequestOf(at(`?room=oops&view=${id}`))).toEqual({ kind: 'malformed' });
  });

  it('puts the room in the address and takes it out, keeping everything else', () => {
    const url = at(`?lang=ja&view=${id}#doc=abc`);
    expect(addressWithRoom(url, { edit: id })).toBe(`/?lang=ja&room=${id}#doc=abc`);
    expect(addressWithRoom(url, null)).toBe('/?lang=ja#doc=abc');
    expect(addressWithRoom(at(`?room=${id}`), { view: id })).toBe(`/?view=${id}`);
  });

  it('makes links on the page’s own origin', () => {
    expect(editLinkOf('https://lab.example', id)).toBe(`https://lab.example/?room=${id}`);
    expect(viewLinkOf('http://127.0.0.1:4173', id)).toBe(`http://127.0.0.1:4173/?view=${id}`);
  });
});

describe('the collaboration endpoint', () => {
  it('is the page’s own host, secure when the page is', () => {
    expect(collabSocketUrl({ protocol: 'http:', host: '127.0.0.1:4173' })).toBe('ws://127.0.0.1:4173/collab');
    expect(collabSocketUrl({ protocol: 'https:', host: 'lab.example' })).toBe('wss://lab.example/collab');
  });

  it('is there only when the health check says live: true; anything else is the offline editor', async () => {
    const answering = (status: number, body: string) => (async () => new Response(body, { status })) as typeof fetch;
    expect(await serverIsLive(answering(200, '{"live":true,"rooms":0}'))).toBe(true);
    expect(await serverIsLive(answering(200, '{"live":"true"}'))).toBe(false);
    expect(await serverIsLive(answering(200, '<!doctype html><title>VPC Lab</title>'))).toBe(false);
    expect(await serverIsLive(answering(404, 'Not found'))).toBe(false);
    expect(await serverIsLive(answering(200, 'null'))).toBe(false);
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await serverIsLive(offline)).toBe(false);
  });
});
