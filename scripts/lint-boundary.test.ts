import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The one-way rule (architecture.md): src/ is framework-free. These tests lint small files as
 * if they lived in src/ and app/, so the rule cannot be dropped from the config unnoticed.
 */
const eslint = new ESLint();

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('src/ stays framework-free', () => {
  it.each([
    ["import { useState } from 'react';", 'React belongs in app/'],
    ["import { ReactFlow } from '@xyflow/react';", 'React Flow belongs in app/'],
    ["import { create } from 'zustand';", 'the store belongs in app/'],
    ["import { App } from '../../app/App.tsx';", 'must not import app/'],
    ["import type { Props } from '../../app/canvas/types.ts';", 'must not import app/'],
  ])('refuses %s in src/', async (code, reason) => {
    const messages = await problems(`${code}\nexport const x = 1;\n`, 'src/engine/boundary-probe.ts');
    expect(messages.join('\n')).toContain(reason);
  });

  it('refuses DOM globals in src/', async () => {
    const messages = await problems('export const width = window.innerWidth;\n', 'src/net/boundary-probe.ts');
    expect(messages.join('\n')).toContain('window');
  });

  it('allows the same imports in app/', async () => {
    expect(
      await problems("import { useState } from 'react';\nexport const x = useState;\n", 'app/boundary-probe.ts'),
    ).toEqual([]);
  });
});
