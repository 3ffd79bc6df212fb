import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../model/index.ts';
import { AwsImportError, importAws, isAwsOutput, type AwsInputFile } from './index.ts';
import { AWS_SAMPLES_DIR, sampleFiles } from './test-support/samples.ts';

const sample = sampleFiles(`${AWS_SAMPLES_DIR}/batfish/test-transit-gateway`);

describe('odd input', () => {
  it('reads one combined object as it reads the separate files', () => {
    const combined = Object.assign({}, ...sample.map((f) => JSON.parse(f.text) as object)) as object;
    const one = importAws([{ name: 'all.json', text: JSON.stringify(combined) }]);
    const many = importAws(sample);
    expect(one.document.resources).toEqual(many.document.resources);
  });

  it('stops on a file that is not JSON, naming it and the line', () => {
    const bad = { name: 'accounts/1/us-east-1/Vpcs.json', text: '{"Vpcs": [,]}' };
    expect(() => importAws([...sample, bad])).toThrow(AwsImportError);
    expect(() => importAws([bad])).toThrow(/accounts\/1\/us-east-1\/Vpcs\.json is not valid JSON/);
  });

  it('stops on JSON that is not AWS output, naming the file', () => {
    expect(() => importAws([{ name: 'notes.json', text: '{"hello": 1}' }])).toThrow(
      /notes\.json is not AWS CLI output/,
    );
    expect(() => importAws([{ name: 'Vpcs.json', text: '{"Vpcs": {"VpcId": "vpc-1"}}' }])).toThrow(
      /Vpcs\.json: "Vpcs" should be a list/,
    );
  });

  it('tells AWS output from a VPC Lab document', () => {
    expect(isAwsOutput({ Vpcs: [] })).toBe(true);
    expect(isAwsOutput({ format: 'vpclab', version: 2, resources: [] })).toBe(false);
  });

  it('names the id and the field of a resource it cannot read', () => {
    const { document, warnings } = importAws([
      { name: 'Vpcs.json', text: JSON.stringify({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }] }) },
      {
        name: 'Subnets.json',
        text: JSON.stringify({ Subnets: [{ SubnetId: 'subnet-1', VpcId: 'vpc-1', AvailabilityZone: 'a' }] }),
      },
    ]);
    expect(document.resources.map((r) => r.id)).toEqual(['vpc-1']);
    expect(warnings).toContainEqual({
      id: 'subnet-1',
      code: 'missingField',
      values: { field: 'CidrBlock', what: 'subnet' },
      file: 'Subnets.json',
    });
  });
});

/** Every path to a value inside a JSON value (object keys and array indexes). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  }
  return [];
}

function mutate(value: unknown, path: (string | number)[], replacement: unknown): void {
  let parent = value as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
}

describe('fuzz: fields deleted or mistyped at random', () => {
  const parsed = sample.map((f) => ({ name: f.name, json: JSON.parse(f.text) as unknown }));
  const all = parsed.flatMap((f, file) => paths(f.json).map((path) => ({ file, path })));

  it('give a valid document with warnings, or an AwsImportError naming the file; never another exception', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: all.length - 1 }),
            value: fc.constantFrom(undefined, null, 0, -1, '', 'x', [], {}, true, '10.0.0.5/16', 'vpc-missing'),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (edits) => {
          const copies = parsed.map((f) => ({ name: f.name, json: structuredClone(f.json) }));
          for (const { at, value } of edits) {
            const { file, path } = all[at]!;
            try {
              mutate(copies[file]!.json, path, value);
            } catch {
              // the path went away with an earlier edit
            }
          }
          const files: AwsInputFile[] = copies.map((c) => ({ name: c.name, text: JSON.stringify(c.json) }));
          try {
            const { document } = importAws(files);
            expect(validateDocument(document).errors).toEqual([]);
          } catch (caught) {
            expect(caught).toBeInstanceOf(AwsImportError);
            expect((caught as AwsImportError).file).not.toBe('');
          }
        },
      ),
      { numRuns: 150, seed: 16 },
    );
  });
});
