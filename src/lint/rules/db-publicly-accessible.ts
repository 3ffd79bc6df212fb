import { finding } from '../finding.ts';
import type { LintRule } from '../types.ts';

/** A database with a public address is one security-group mistake away from the internet. */
export const dbPubliclyAccessible: LintRule = {
  codes: ['DB_PUBLICLY_ACCESSIBLE'],
  check(context) {
    return context
      .resources('database')
      .filter(({ resource }) => resource.publiclyAccessible === true)
      .map(({ resource: db, position }) =>
        finding({
          code: 'DB_PUBLICLY_ACCESSIBLE',
          resource: db.id,
          severity: 'warning',
          path: context.path(position, 'publiclyAccessible'),
          params: { database: db.id },
        }),
      );
  },
};
