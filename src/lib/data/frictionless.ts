/**
 * Validation of a Frictionless Data Package descriptor (`datapackage.json`), version 1 of the
 * specification: Data Package, Data Resource, Tabular Data Resource and Table Schema.
 *
 * No well-kept npm package ships the official JSON Schemas (the `datapackage` package that does
 * has not been maintained for years and brings an old HTTP client with it), so these checks are
 * written with zod from the specification's rules: its required properties, its patterns for
 * names and paths, its enumerations of field types and formats, and its cross-field rules
 * (unique resource and field names, a primary key that names real fields, every resource of a
 * tabular package tabular). Unknown properties are allowed, as the specification allows them.
 *
 * The `datapackage.json` endpoint validates what it writes, so an invalid descriptor fails the
 * build; the tests validate it again from dist/.
 */
import { z } from 'astro/zod';

/** Package and resource names: lower case letters, digits and `-._/` (spec: "name"). */
const NAME = /^([-a-z0-9._/])+$/;

/** A licence name: an Open Definition license ID (`CC-BY-4.0`, `ODC-PDDL-1.0`). */
const LICENCE_NAME = /^([-a-zA-Z0-9._])+$/;

/** A resource path: a URL, or a relative POSIX path that does not climb (`..`) or start at `/`, `.` or `~`. */
const RELATIVE_PATH = /^(?=[^./~])(?!.*\.\.).*$/;
const URL_PATH = /^https?:\/\//;
const resourcePath = z
  .string()
  .min(1, 'must not be empty')
  .refine((p) => URL_PATH.test(p) || RELATIVE_PATH.test(p), {
    message: 'must be a URL or a relative POSIX path (no leading "/", ".", "~", and no "..")',
  });

/** RFC 3339 date-time, as `created` must be. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Table Schema v1 field types. */
export const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
] as const;

/** Table Schema v1 formats of a `string` field. */
const STRING_FORMATS = ['default', 'email', 'uri', 'binary', 'uuid'] as const;

const fieldSchema = z
  .looseObject({
    name: z.string().min(1, 'a field needs a name'),
    type: z.enum(FIELD_TYPES).optional(),
    format: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    constraints: z
      .looseObject({
        required: z.boolean().optional(),
        unique: z.boolean().optional(),
        pattern: z.string().optional(),
        enum: z.array(z.unknown()).min(1).optional(),
        minLength: z.number().int().nonnegative().optional(),
        maxLength: z.number().int().nonnegative().optional(),
      })
      .optional(),
  })
  .refine(
    (f) =>
      (f.type ?? 'string') !== 'string' ||
      f.format === undefined ||
      (STRING_FORMATS as readonly string[]).includes(f.format),
    {
      message: `a string field's format must be one of ${STRING_FORMATS.join(', ')}`,
      path: ['format'],
    },
  )
  .refine(
    (f) => {
      if (f.constraints?.pattern === undefined) return true;
      try {
        new RegExp(f.constraints.pattern);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'constraints.pattern must be a valid regular expression', path: ['constraints', 'pattern'] },
  );

const tableSchema = z
  .looseObject({
    fields: z.array(fieldSchema).min(1, 'a table schema needs at least one field'),
    primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    missingValues: z.array(z.string()).optional(),
  })
  .superRefine((schema, ctx) => {
    const names = schema.fields.map((f) => f.name);
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) ctx.addIssue({ code: 'custom', message: `duplicate field name "${name}"`, path: ['fields'] });
      seen.add(name);
    }
    const keys = schema.primaryKey === undefined ? [] : [schema.primaryKey].flat();
    for (const key of keys) {
      if (!seen.has(key))
        ctx.addIssue({ code: 'custom', message: `primaryKey "${key}" is not a field`, path: ['primaryKey'] });
    }
  });

const sourceSchema = z.looseObject({
  title: z.string().min(1, 'a source needs a title'),
  path: z.string().optional(),
  email: z.string().optional(),
});

const licenceSchema = z
  .looseObject({
    name: z.string().regex(LICENCE_NAME, 'must be an Open Definition license ID such as CC-BY-4.0').optional(),
    path: z.string().optional(),
    title: z.string().optional(),
  })
  .refine((l) => l.name !== undefined || l.path !== undefined, { message: 'a licence needs a name or a path' });

const resourceSchema = z
  .looseObject({
    name: z.string().regex(NAME, 'must be lower-case letters, digits and "-._/"'),
    path: z.union([resourcePath, z.array(resourcePath).min(1)]).optional(),
    data: z.unknown().optional(),
    profile: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    format: z.string().optional(),
    mediatype: z
      .string()
      .regex(/^(.+)\/(.+)$/, 'must be a media type such as text/csv')
      .optional(),
    encoding: z.string().optional(),
    bytes: z.number().int().nonnegative().optional(),
    hash: z
      .string()
      .regex(/^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$/, 'must be an MD5 hex digest or "<algorithm>:<hex>"')
      .optional(),
    schema: z.unknown().optional(),
    sources: z.array(sourceSchema).optional(),
    licenses: z.array(licenceSchema).min(1).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.path === undefined && r.data === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a resource needs a path or inline data', path: ['path'] });
    }
    if (r.profile === 'tabular-data-resource') {
      const parsed = tableSchema.safeParse(r.schema);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: 'custom', message: issue.message, path: ['schema', ...issue.path] });
        }
      }
    }
  });

const contributorSchema = z.looseObject({
  title: z.string().min(1, 'a contributor needs a title'),
  path: z.string().optional(),
  email: z.string().optional(),
  organization: z.string().optional(),
  role: z.enum(['publisher', 'author', 'maintainer', 'wrangler', 'contributor']).optional(),
});

/** A Data Package v1 descriptor, as the specification defines it. */
export const dataPackageSchema = z
  .looseObject({
    profile: z.string().optional(),
    name: z.string().regex(NAME, 'must be lower-case letters, digits and "-._/"').optional(),
    id: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    homepage: z.url().optional(),
    version: z.string().optional(),
    created: z.string().regex(RFC3339, 'must be an RFC 3339 date-time such as 2026-12-01T00:00:00Z').optional(),
    keywords: z.array(z.string()).min(1).optional(),
    licenses: z.array(licenceSchema).min(1).optional(),
    sources: z.array(sourceSchema).optional(),
    contributors: z.array(contributorSchema).min(1).optional(),
    resources: z.array(resourceSchema).min(1, 'a data package needs at least one resource'),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.resources.forEach((r, i) => {
      if (seen.has(r.name))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate resource name "${r.name}"`,
          path: ['resources', i, 'name'],
        });
      seen.add(r.name);
      if (p.profile === 'tabular-data-package' && r.profile !== 'tabular-data-resource') {
        ctx.addIssue({
          code: 'custom',
          message: 'every resource of a tabular-data-package must be a tabular-data-resource',
          path: ['resources', i, 'profile'],
        });
      }
    });
  });

/** The problems of a descriptor, one `path: message` line each; empty when it is valid. */
export function dataPackageProblems(descriptor: unknown): string[] {
  const parsed = dataPackageSchema.safeParse(descriptor);
  if (parsed.success) return [];
  return parsed.error.issues.map(
    (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  );
}
