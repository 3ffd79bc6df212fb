import { describe, expect, it } from 'vitest';
import { validateDocument, type VpcLabDocument } from '../../model/index.ts';
import { isSubset } from '../../net/index.ts';
import { analyse, cellBetween, cellPorts, compileDocument, type Analysis, type Cell } from '../index.ts';
import { versionsOf } from '../test-support/differential.ts';
import { addSecurityGroupRule, insertFirstDenyRule } from '../test-support/mutations.ts';
import { createPrng } from '../test-support/prng.ts';
import { randomDocument } from '../test-support/random-document.ts';
import { renameIds } from '../test-support/rename-ids.ts';

/**
 * Metamorphic properties of the engine on random documents: edits whose effect on
 * reachability is known in advance (more allow rules never block, an early deny never allows,
 * names never matter), checked over every pair and every port of the all-pairs matrix.
 */
const DOCUMENTS = 100;
/** Edits chained per document: each is monotone, so their composition is too, and more of them bite. */
const EDITS = 5;

type Edit = (document: VpcLabDocument, rng: ReturnType<typeof createPrng>) => VpcLabDocument | undefined;

function edited(document: VpcLabDocument, edit: Edit, seed: number): VpcLabDocument | undefined {
  const rng = createPrng(seed);
  let out: VpcLabDocument | undefined;
  for (let i = 0; i < EDITS; i++) out = edit(out ?? document, rng) ?? out;
  return out;
}

function analyses(document: VpcLabDocument): Analysis[] {
  const compiled = compileDocument(document);
  return versionsOf(document).map((version) => analyse(compiled, version));
}

/** True when everything `narrow` lets through, `wide` lets through too. */
function within(narrow: Cell | undefined, wide: Cell | undefined): boolean {
  if (!narrow) return true;
  if (!wide) return narrow.tcp.length === 0 && narrow.udp.length === 0 && !narrow.icmp && !narrow.other;
  return (
    isSubset(cellPorts(narrow.tcp), cellPorts(wide.tcp)) &&
    isSubset(cellPorts(narrow.udp), cellPorts(wide.udp)) &&
    (!narrow.icmp || wide.icmp) &&
    (!narrow.other || wide.other)
  );
}

/** Every pair whose cell in `narrow` lets through something `wide` does not. */
function widenings(narrowDoc: VpcLabDocument, wideDoc: VpcLabDocument): string[] {
  const narrow = analyses(narrowDoc);
  const wide = analyses(wideDoc);
  const out: string[] = [];
  narrow.forEach((n, i) => {
    const w = wide[i]!;
    for (const a of n.endpoints) {
      for (const b of n.endpoints) {
        const before = cellBetween(n, a.id, b.id);
        const after = cellBetween(w, a.id, b.id);
        if (!within(before, after)) {
          out.push(`IPv${n.ipVersion} ${a.id} -> ${b.id}: ${JSON.stringify(before)} vs ${JSON.stringify(after)}`);
        }
      }
    }
  });
  return out;
}

describe('metamorphic properties of the engine', () => {
  it(`adding a security-group allow rule never blocks an allowed flow (${DOCUMENTS} documents)`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= DOCUMENTS; seed++) {
      const document = randomDocument(seed);
      const wider = edited(document, addSecurityGroupRule, seed * 31 + 1);
      if (!wider) continue;
      expect(validateDocument(wider).errors).toEqual([]);
      failures.push(...widenings(document, wider).map((line) => `seed ${seed}: lost ${line}`));
    }
    expect(failures.join('\n')).toBe('');
  });

  it(`inserting a deny NACL rule numbered 1 never allows a blocked flow (${DOCUMENTS} documents)`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= DOCUMENTS; seed++) {
      const document = randomDocument(seed);
      const narrower = edited(document, insertFirstDenyRule, seed * 31 + 2);
      if (!narrower) continue;
      expect(validateDocument(narrower).errors).toEqual([]);
      failures.push(...widenings(narrower, document).map((line) => `seed ${seed}: gained ${line}`));
    }
    expect(failures.join('\n')).toBe('');
  });

  it(`renaming every id changes no verdict (${DOCUMENTS} documents)`, () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= DOCUMENTS; seed++) {
      const document = randomDocument(seed);
      const rng = createPrng(seed * 31 + 3);
      const salt = rng.int(0, 1e6).toString(36);
      const { document: renamed, ids } = renameIds(document, (id) => `${salt}-${id.split('').reverse().join('')}`);
      const mapped = (id: string) => ids.get(id) ?? id;
      const before = analyses(document);
      const after = analyses(renamed);
      before.forEach((b, i) => {
        const a = after[i]!;
        expect(a.portClasses).toEqual(b.portClasses);
        for (const x of b.endpoints) {
          for (const y of b.endpoints) {
            const original = cellBetween(b, x.id, y.id);
            const again = cellBetween(a, mapped(x.id), mapped(y.id));
            if (JSON.stringify(original) !== JSON.stringify(again)) {
              failures.push(`seed ${seed}: IPv${b.ipVersion} ${x.id} -> ${y.id} changed when renamed`);
            }
          }
        }
      });
    }
    expect(failures.join('\n')).toBe('');
  });
});
