/**
 * schema.org JSON-LD in built pages, for the tests: the blocks of a page, every node inside them,
 * and the rule that a survivor's pseudonym is never an author or a person.
 */
import { parseHtml } from './html';

/** The parsed content of every `<script type="application/ld+json">` of an HTML page (throws on invalid JSON). */
export function jsonLdBlocks(html: string): unknown[] {
  return parseHtml(html)
    .elements.filter((e) => e.name === 'script' && e.attributes.get('type') === 'application/ld+json')
    .map((e) => JSON.parse(e.text) as unknown);
}

/** Every object inside a JSON-LD value (the value itself included), depth first. */
export function jsonLdNodes(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  return [node, ...Object.values(node).flatMap(jsonLdNodes)];
}

/** The types of a node (`@type` may be a string or a list). */
export function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  return Array.isArray(type) ? type.map(String) : type === undefined ? [] : [String(type)];
}

/** Properties that name who made a work: none may be a person, nor carry a pseudonym. */
const CREDIT_PROPERTIES = [
  'author',
  'creator',
  'contributor',
  'editor',
  'accountablePerson',
  'copyrightHolder',
  'publisher',
];

/**
 * Why this JSON-LD breaks the pseudonym rule, if it does: a `Person` node anywhere, a credit
 * (author, creator…) that is not an `Organization`, or any node whose name, given name or family
 * name is one of `pseudonyms` (compared without case).
 */
export function pseudonymProblems(value: unknown, pseudonyms: readonly string[]): string[] {
  const lower = new Set(pseudonyms.map((p) => p.toLowerCase()));
  const problems: string[] = [];
  for (const node of jsonLdNodes(value)) {
    if (typesOf(node).includes('Person')) problems.push(`a Person node: ${JSON.stringify(node)}`);
    for (const key of ['name', 'givenName', 'familyName', 'alternateName']) {
      const v = node[key];
      if (typeof v === 'string' && lower.has(v.trim().toLowerCase())) problems.push(`${key} is the pseudonym "${v}"`);
    }
    for (const key of CREDIT_PROPERTIES) {
      for (const credit of [node[key]].flat()) {
        if (credit === undefined) continue;
        if (
          typeof credit !== 'object' ||
          credit === null ||
          !typesOf(credit as Record<string, unknown>).includes('Organization')
        ) {
          problems.push(`${key} is not an Organization: ${JSON.stringify(credit)}`);
        }
      }
    }
  }
  return problems;
}
