/**
 * Availability zones that `Fn::GetAZs` returns per region, where AWS makes the same zones
 * available to every account. Regions whose zone names differ per account (us-west-1) or that
 * are not listed are unknown: the reader reports them instead of inventing zones.
 */
const ZONE_LETTERS: Record<string, string> = {
  'us-east-1': 'abcdef',
  'us-east-2': 'abc',
  'us-west-2': 'abcd',
  'ca-central-1': 'abd',
  'eu-west-1': 'abc',
  'eu-west-2': 'abc',
  'eu-west-3': 'abc',
  'eu-central-1': 'abc',
  'eu-north-1': 'abc',
  'eu-south-1': 'abc',
  'ap-northeast-1': 'acd',
  'ap-northeast-2': 'abcd',
  'ap-northeast-3': 'abc',
  'ap-southeast-1': 'abc',
  'ap-southeast-2': 'abc',
  'ap-south-1': 'abc',
  'sa-east-1': 'abc',
};

/** The zone names of a region (`ap-northeast-1a`, …), or undefined when not known statically. */
export function zonesOf(region: string): string[] | undefined {
  const letters = ZONE_LETTERS[region];
  return letters === undefined ? undefined : [...letters].map((letter) => `${region}${letter}`);
}

/**
 * The document writes zones either in full (`ap-northeast-1a`) or as the letter alone (`a`).
 * Templates usually build them from the region (`${AWS::Region}a`); with no region known, the
 * letter is what the template fixes, so that is what the document keeps.
 */
export const REGION_PLACEHOLDER = '${AWS::Region}';
