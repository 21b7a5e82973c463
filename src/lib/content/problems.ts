/**
 * Content problems: what is wrong, in which file, at which field, in words an editor can act on.
 *
 * Every check in this folder reports through `ContentProblem`, and `formatProblem` prints one
 * the same way everywhere (build output, tests, the editors' guide):
 *
 *   content/routes/bangkok-myawaddy.yaml: legs[2].to: unknown place "mae-sott"; did you mean "mae-sot"?
 */
import { closest, distance } from 'fastest-levenshtein';
import type { core } from 'astro/zod';

/** One thing wrong with the content. */
export interface ContentProblem {
  /** Path of the file, relative to the project root (`content/places.yaml`). */
  file: string;
  /** Field path inside the file (`legs[2].to`), or empty when the problem is the whole file. */
  field: string;
  /** What is wrong, as a sentence fragment an editor understands. */
  message: string;
}

/** Formats one problem as `file: field: message`. */
export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Joins a field path like `['legs', 2, 'to']` into `legs[2].to`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Suggests the closest known id for a misspelt one, as `; did you mean "x"?`, or '' when
 * nothing is close enough to be a likely typo.
 */
export function didYouMean(wrong: string, known: Iterable<string>): string {
  const candidates = [...known];
  if (candidates.length === 0) return '';
  const best = closest(wrong, candidates);
  const limit = Math.max(2, Math.floor(wrong.length / 3));
  return distance(wrong, best) <= limit ? `; did you mean "${best}"?` : '';
}

/** Describes a value briefly for a message: `"abc"`, `12`, `a list`, `nothing`. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  tuple: 'a list',
};

/** Options for `problemsFromIssues`. */
export interface IssueOptions {
  /** Unknown keys matching `pattern` get `message` instead of "unknown field". */
  forbiddenKey?: { pattern: RegExp; message: string };
}

/**
 * Turns zod issues into problems with messages for editors. Custom messages written in the
 * schema pass through unchanged; zod's generic ones are rewritten.
 */
export function problemsFromIssues(
  file: string,
  issues: readonly core.$ZodIssue[],
  prefix: PropertyKey[] = [],
  options: IssueOptions = {},
): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that matched the value's type best: the one whose first issue
      // is not a type mismatch at the union itself.
      const branch = issue.errors.find((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0)) ?? issue.errors[issue.errors.length - 1]!;
      out.push(...problemsFromIssues(file, branch, path, options));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const message = options.forbiddenKey?.pattern.test(key) ? options.forbiddenKey.message : 'unknown field (check its spelling in src/lib/content/schema.ts)';
        out.push({ file, field: formatPath([...path, key]), message });
      }
      continue;
    }
    out.push({ file, field: formatPath(path), message: messageFor(issue) });
  }
  return out;
}

function messageFor(issue: core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (!isGeneric(issue.message)) return issue.message;
      if (input === undefined) return 'is required';
      return `must be ${typeNames[issue.expected] ?? issue.expected}, not ${describe(input)}`;
    case 'invalid_value':
      if (isGeneric(issue.message)) {
        const allowed = issue.values.map((v) => `"${String(v)}"`).join(', ');
        return issue.values.length === 1 ? `must be ${allowed}, not ${describe(input)}` : `must be one of ${allowed}, not ${describe(input)}`;
      }
      return issue.message;
    case 'too_small':
      if (!isGeneric(issue.message)) return issue.message;
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (!isGeneric(issue.message)) return issue.message;
      if (issue.origin === 'array') return `has more than ${String(issue.maximum)} items`;
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

/** zod's own English messages start with these words; ours never do. */
function isGeneric(message: string): boolean {
  return /^(Invalid|Too small|Too big|Expected)/.test(message);
}
