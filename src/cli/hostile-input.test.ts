import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFiles, run, tempFile } from './test-support/run.ts';

afterAll(removeTempFiles);

/**
 * Input built to break the reader rather than the design: every command answers with the
 * document's problem (exit 1) and never crashes with a stack trace; exit 2 stays "unreadable
 * input or bad usage".
 */
describe('the CLI on hostile input', () => {
  it.each(['validate', 'check', 'matrix'])(
    '%s: 5,000 "[" is a JSON syntax error with its column (exit 1)',
    async (command) => {
      const { code, stdout, stderr } = await run([command, tempFile('brackets.json', '['.repeat(5_000))]);
      expect(stderr).toBe('');
      expect(stdout).toContain('Line 1, column 5001: Unexpected end of file');
      expect(code).toBe(1);
    },
  );
});
