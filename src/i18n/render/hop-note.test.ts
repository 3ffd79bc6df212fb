import { describe, expect, it } from 'vitest';
import type { HopNote, TraceResult } from '../../engine/index.ts';
import { filterActionWord, hopNoteText } from './hop-note.ts';
import { scenarioTraces } from './test-support/scenario-traces.ts';
import { expectFilled, expectJapanese } from './test-support/wording.ts';

/** The notes of real traces: every pair of every shared scenario, for a few flows. */
function scenarioNotes(): HopNote[] {
  const notes: HopNote[] = [];
  const collect = (result: TraceResult) => {
    for (const hop of [...result.forward, ...result.return]) notes.push(hop.note);
    for (const leg of result.legs ?? []) collect(leg);
  };
  const queries = [{ protocol: 'tcp', port: 443 }, { protocol: 'udp', port: 53 }, { protocol: 'all' }] as const;
  for (const result of scenarioTraces(queries, ['internet', 's3'])) collect(result);
  return notes;
}

describe('hop notes', () => {
  const notes = scenarioNotes();

  it('word every note of the shared scenarios’ traces in both languages', () => {
    const kinds = new Set(notes.map((note) => note.kind));
    expect(kinds.size).toBeGreaterThan(25);
    for (const note of notes) {
      const context = JSON.stringify(note);
      expectFilled(hopNoteText(note, 'en'), context);
      expectJapanese(hopNoteText(note, 'ja'), note, context);
    }
  });

  it('keep the specifics: the rule, the table entry and the addresses', () => {
    const nacl: HopNote = {
      kind: 'naclRule',
      direction: 'ingress',
      allowed: false,
      rule: '*',
      nacl: 'nacl-b',
      subnet: 'private-b',
    };
    expect(hopNoteText(nacl, 'en')).toBe('inbound denied by rule * of nacl-b (private-b)');
    expect(hopNoteText(nacl, 'ja')).toBe('nacl-b (private-b) のインバウンドルール * により拒否');
    const tgw: HopNote = { kind: 'tgwRoutes', destination: '10.2.0.0/16', target: 'vpc-b', origin: 'propagated' };
    expect(hopNoteText(tgw, 'en')).toBe('routes 10.2.0.0/16 to vpc-b (propagated)');
    expect(hopNoteText(tgw, 'ja')).toBe('10.2.0.0/16 を vpc-b へルーティング (伝播されたルート)');
  });

  it('say a group allows, not forwards, and name the groups that allow nothing', () => {
    const allowed: HopNote = { kind: 'sgAllowed', direction: 'egress', group: 'sg-web', rule: 2 };
    expect(hopNoteText(allowed, 'en')).toBe('outbound allowed by sg-web rule 2');
    expect(hopNoteText(allowed, 'ja')).toBe('sg-web のアウトバウンドルール 2 により許可');
    const none: HopNote = { kind: 'sgNoRule', direction: 'ingress', groups: ['sg-a', 'sg-b'] };
    expect(hopNoteText(none, 'en')).toBe('no inbound rule of sg-a, sg-b allows it');
    expect(hopNoteText({ kind: 'sgNoRule', direction: 'ingress', groups: [] }, 'en')).toBe(
      'no inbound rule of its groups allows it',
    );
    expect(hopNoteText(none, 'ja')).toBe('sg-a, sg-b に、これを許可するインバウンドルールがない');
  });

  it('write ports as the document does, without grouping digits', () => {
    expect(hopNoteText({ kind: 'listensOnTcp', port: 5432 }, 'en')).toBe('listens on TCP 5432');
    expect(hopNoteText({ kind: 'listensOnTcp', port: 5432 }, 'ja')).toBe('TCP 5432 で待ち受ける');
  });

  it('name the link a VPN gateway uses', () => {
    const dx: HopNote = { kind: 'sendsOverLink', link: 'direct-connect', network: 'dc' };
    expect(hopNoteText(dx, 'en')).toBe('sends the packet over the Direct Connect link to dc');
    expect(hopNoteText(dx, 'ja')).toBe('Direct Connect 経由でパケットを dc へ送る');
  });
});

describe('the action word of a hop a filter lets through', () => {
  it('is 「許可」 in Japanese, and stays the action in English', () => {
    const hop = { action: 'forward', note: { kind: 'sgAllowed', direction: 'ingress', group: 'sg', rule: 1 } } as const;
    expect(filterActionWord(hop, 'ja')).toBe('許可');
    expect(filterActionWord(hop, 'en')).toBe('forward');
    expect(filterActionWord({ action: 'forward', note: { kind: 'forwards' } }, 'ja')).toBeUndefined();
  });
});
