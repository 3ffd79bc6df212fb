import { describe, expect, it } from 'vitest';
import { readCloudFormation } from './read.ts';

const vpcIf = (condition: string) => `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Condition: ${condition}
    Properties:
      CidrBlock: 10.0.0.0/16
`;

/** A template a stranger sends: it must be read in bounded time, or refused with a warning. */
describe('hostile CloudFormation', () => {
  it('reports a condition that names itself instead of overflowing the stack', () => {
    const template = `Conditions:\n  A: !Condition B\n  B: !Condition A\n${vpcIf('A')}`;
    const { warnings } = readCloudFormation(template);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'unresolved', subject: 'Vpc' }));
  });

  it('works out each condition once, so conditions that name each other twice over do not take 2^n steps', () => {
    const conditions = Array.from(
      { length: 40 },
      (_, i) => `  C${i}: !Or [!Condition C${i + 1}, !Condition C${i + 1}]`,
    );
    const template = `Conditions:\n${conditions.join('\n')}\n  C40: !Equals [a, a]\n${vpcIf('C0')}`;
    const { document } = readCloudFormation(template);
    expect(document.resources.find((r) => r.type === 'vpc')).toMatchObject({ cidrBlocks: ['10.0.0.0/16'] });
  });
});
