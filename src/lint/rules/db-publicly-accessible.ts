import type { LintRule } from '../types.ts';

/** A database with a public address is one security-group mistake away from the internet. */
export const dbPubliclyAccessible: LintRule = {
  codes: ['DB_PUBLICLY_ACCESSIBLE'],
  check(context) {
    return context
      .resources('database')
      .filter(({ resource }) => resource.publiclyAccessible === true)
      .map(({ resource: db, position }) => ({
        code: 'DB_PUBLICLY_ACCESSIBLE',
        resource: db.id,
        severity: 'warning',
        path: context.path(position, 'publiclyAccessible'),
        message: `Database "${db.id}" is publicly accessible, so it gets a public address; set publiclyAccessible to false and reach it from your application tier or through a bastion.`,
        params: { database: db.id },
      }));
  },
};
