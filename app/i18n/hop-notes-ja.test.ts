import { describe, expect, it } from 'vitest';
import type { TraceResult } from '../../src/engine/index.ts';
import { hopNoteText } from './hop-notes-ja.ts';
import { scenarioTraces } from './test-support/scenario-traces.ts';

/** The notes of real traces: every pair of every shared scenario, for a few flows. */
function scenarioNotes(): Set<string> {
  const notes = new Set<string>();
  const collect = (result: TraceResult) => {
    for (const hop of [...result.forward, ...result.return]) notes.add(hop.note);
    for (const leg of result.legs ?? []) collect(leg);
  };
  const queries = [{ protocol: 'tcp', port: 443 }, { protocol: 'udp', port: 53 }, { protocol: 'all' }] as const;
  for (const result of scenarioTraces(queries, ['internet', 's3'])) collect(result);
  return notes;
}

describe('hop notes in Japanese', () => {
  it('word every note of the shared scenarios’ traces, with no English phrase left', () => {
    const notes = scenarioNotes();
    expect(notes.size).toBeGreaterThan(100);
    for (const note of notes) {
      const ja = hopNoteText(note, 'ja');
      expect(ja, note).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      // Ids, addresses and product names are single words; a phrase of three is untranslated English.
      expect(ja, note).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+/);
    }
  });

  it('keep the specifics: the rule, the table entry and the addresses', () => {
    expect(hopNoteText('inbound denied by rule * of nacl-b (private-b)', 'ja')).toBe(
      'nacl-b (private-b) のインバウンドルール * により拒否',
    );
    expect(hopNoteText('routes 10.2.0.0/16 to vpc-b (propagated)', 'ja')).toBe(
      '10.2.0.0/16 を vpc-b へルーティング (伝播)',
    );
    expect(hopNoteText('translates the source 10.0.2.10 to its own address 10.0.1.4', 'ja')).toBe(
      '送信元 10.0.2.10 を自身のアドレス 10.0.1.4 に変換する',
    );
  });

  it('word the notes of a NAT gateway refusing a protocol and a gateway refusing a private address', () => {
    expect(hopNoteText('carries only TCP, UDP and ICMP', 'ja')).toBe('TCP、UDP、ICMP だけを通す');
    expect(hopNoteText('translates only public addresses, not 10.0.0.91', 'ja')).toBe(
      'パブリックアドレスだけを変換し、10.0.0.91 は変換しない',
    );
  });

  it('stay English in English, and for a note of an unknown shape', () => {
    expect(hopNoteText('routes 0.0.0.0/0 to igw', 'en')).toBe('routes 0.0.0.0/0 to igw');
    expect(hopNoteText('does something new', 'ja')).toBe('does something new');
  });
});
