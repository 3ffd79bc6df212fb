import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SHARED_DIR } from '../../../model/test-support/shared.ts';
import type { AwsInputFile } from '../types.ts';

/** Real AWS CLI output captured by Batfish's tests (aws-samples/README.md). */
export const AWS_SAMPLES_DIR = join(SHARED_DIR, 'aws-samples');

/** Every JSON file under a folder, named relative to it (`accounts/111/us-west-1/Vpcs.json`). */
export function sampleFiles(folder: string): AwsInputFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((entry) => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? walk(path) : entry.endsWith('.json') ? [path] : [];
      });
  return walk(folder).map((path) => ({ name: relative(folder, path), text: readFileSync(path, 'utf8') }));
}

/** The sample folders: each folder under batfish/ and pybatfish/ is one snapshot. */
export function sampleFolders(): { name: string; path: string }[] {
  return ['batfish', 'pybatfish'].flatMap((group) =>
    readdirSync(join(AWS_SAMPLES_DIR, group))
      .filter((entry) => statSync(join(AWS_SAMPLES_DIR, group, entry)).isDirectory())
      .sort()
      .map((entry) => ({ name: `${group}/${entry}`, path: join(AWS_SAMPLES_DIR, group, entry) })),
  );
}

/** The items of one describe output across a sample's files (`Vpcs`, `Reservations`…). */
export function sourceItems(files: readonly AwsInputFile[], key: string): Record<string, unknown>[] {
  return files.flatMap((file) => {
    const value = JSON.parse(file.text) as Record<string, unknown>;
    const items = value[key];
    return Array.isArray(items) ? (items as Record<string, unknown>[]) : [];
  });
}
