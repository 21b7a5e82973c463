/**
 * Reads every file in `content/`, parses it and validates it against its collection's schema.
 *
 * Layout it expects (see the README's editors' guide):
 *   sources.yaml, places.yaml, timeline.yaml, glossary.yaml   maps keyed by id
 *   routes/<id>.yaml, chapters/<id>.yaml, charts/<id>.yaml    one entry per file, id = file name
 *   stories/<id>.md                                          front matter + Markdown account
 *   job-offer-check.yaml, classroom.yaml                      one document each (the checklist,
 *                                                            the teachers' guide)
 *
 * Nothing here throws on bad content: every problem is collected so an editor sees all of them
 * in one build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { idSchema } from './schema';
import {
  chapterSchema,
  chartSchema,
  classroomSchema,
  offerCheckSchema,
  glossaryTermSchema,
  pageSchema,
  placeSchema,
  routeSchema,
  sourceSchema,
  storySchema,
  timelineEventSchema,
} from './schema';
import type { Chapter, Chart, Classroom, GlossaryTerm, OfferCheck, Page, Place, Route, Source, Story, TimelineEvent } from './schema';
import { problemsFromIssues, type ContentProblem, type IssueOptions } from './problems';

/** One validated entry, with the file it came from (for later cross-reference messages). */
export interface Entry<T> {
  id: string;
  /** The file, as shown in messages (`content/places.yaml`). */
  file: string;
  /** Field-path prefix of this entry inside its file: the id in keyed files, '' otherwise. */
  at: string;
  data: T;
}

/** An entry with a Markdown body after its front matter (a survivor account, a page). */
export interface MarkdownEntry<T> extends Entry<T> {
  body: string;
}

/** A survivor account: its front matter and the Markdown body that tells it. */
export type StoryEntry = MarkdownEntry<Story>;

/** All the site's editorial content, validated file by file. */
export interface Content {
  sources: Entry<Source>[];
  places: Entry<Place>[];
  routes: Entry<Route>[];
  stories: StoryEntry[];
  chapters: Entry<Chapter>[];
  charts: Entry<Chart>[];
  timeline: Entry<TimelineEvent>[];
  glossary: Entry<GlossaryTerm>[];
  pages: MarkdownEntry<Page>[];
  /** The job-offer checklist (`job-offer-check.yaml`): one entry, or none when the file is invalid. */
  offerCheck: Entry<OfferCheck>[];
  /** The teachers' guide (`classroom.yaml`): one entry, or none when the file is invalid. */
  classroom: Entry<Classroom>[];
}

interface Reader {
  dir: string;
  label: string;
  problems: ContentProblem[];
}

/**
 * Reads and validates the content folder `dir`. File names in problems start with `label`
 * (default `content`), so messages read the same wherever the folder lives.
 */
export function readContent(dir: string, label = 'content'): { content: Content; problems: ContentProblem[] } {
  const r: Reader = { dir, label, problems: [] };
  const content: Content = {
    sources: readKeyed(r, 'sources.yaml', sourceSchema),
    places: readKeyed(r, 'places.yaml', placeSchema),
    timeline: readKeyed(r, 'timeline.yaml', timelineEventSchema),
    glossary: readKeyed(r, 'glossary.yaml', glossaryTermSchema),
    routes: readFolder(r, 'routes', '.yaml', routeSchema),
    chapters: readFolder(r, 'chapters', '.yaml', chapterSchema),
    charts: readFolder(r, 'charts', '.yaml', chartSchema),
    stories: readMarkdown(r, 'stories', storySchema, { forbiddenKey: REAL_NAME }),
    pages: readMarkdown(r, 'pages', pageSchema),
    offerCheck: readSingle(r, 'job-offer-check.yaml', offerCheckSchema),
    classroom: readSingle(r, 'classroom.yaml', classroomSchema),
  };
  return { content, problems: r.problems };
}

/** Parses YAML text, reporting syntax errors and duplicate top-level keys as problems. */
function parseYaml(r: Reader, file: string, text: string, keyed: boolean): unknown {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    // Only the first syntax error: the ones after it are usually its echoes.
    const pos = err.linePos?.[0];
    const message = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    r.problems.push({ file, field: pos ? `line ${pos.line}, column ${pos.col}` : '', message: `not valid YAML: ${message}` });
    return undefined;
  }
  if (keyed && isMap(doc.contents)) {
    const seen = new Set<string>();
    for (const item of doc.contents.items) {
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
      if (seen.has(key)) r.problems.push({ file, field: key, message: `duplicate id "${key}": ids must be unique` });
      seen.add(key);
    }
  }
  return doc.toJS();
}

function readKeyed<S extends z.ZodType>(r: Reader, name: string, schema: S): Entry<z.infer<S>>[] {
  const file = `${r.label}/${name}`;
  const path = join(r.dir, name);
  if (!existsSync(path)) {
    r.problems.push({ file, field: '', message: 'file is missing' });
    return [];
  }
  const data = parseYaml(r, file, readFileSync(path, 'utf8'), true);
  if (data === undefined) return [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    r.problems.push({ file, field: '', message: 'must be a map of entries keyed by id (id: followed by its fields)' });
    return [];
  }
  const entries: Entry<z.infer<S>>[] = [];
  for (const [id, value] of Object.entries(data)) {
    if (!idSchema.safeParse(id).success) {
      r.problems.push({ file, field: id, message: 'id must be lower-case letters, digits and single hyphens (like "mae-sot")' });
      continue;
    }
    const parsed = schema.safeParse(value, { reportInput: true });
    if (parsed.success) entries.push({ id, file, at: id, data: parsed.data });
    else r.problems.push(...problemsFromIssues(file, parsed.error.issues, [id]));
  }
  return entries;
}

/** Reads a file that holds one document (not a map of entries); its id is the file name. */
function readSingle<S extends z.ZodType>(r: Reader, name: string, schema: S): Entry<z.infer<S>>[] {
  const file = `${r.label}/${name}`;
  const path = join(r.dir, name);
  if (!existsSync(path)) {
    r.problems.push({ file, field: '', message: 'file is missing' });
    return [];
  }
  const data = parseYaml(r, file, readFileSync(path, 'utf8'), false);
  if (data === undefined) return [];
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return [{ id: basename(name, extname(name)), file, at: '', data: parsed.data }];
  r.problems.push(...problemsFromIssues(file, parsed.error.issues));
  return [];
}

/** Lists `ext` files of a content subfolder, sorted, skipping files that start with `_` or `.`. */
function listFiles(r: Reader, folder: string, ext: string): string[] {
  const dir = join(r.dir, folder);
  if (!existsSync(dir)) {
    r.problems.push({ file: `${r.label}/${folder}/`, field: '', message: 'folder is missing' });
    return [];
  }
  return readdirSync(dir)
    .filter((f) => !f.startsWith('_') && !f.startsWith('.') && extname(f) === ext)
    .sort();
}

function idFromFile(r: Reader, file: string, name: string, ext: string): string | undefined {
  const id = basename(name, ext);
  if (idSchema.safeParse(id).success) return id;
  r.problems.push({ file, field: '', message: 'file name must be lower-case letters, digits and single hyphens (like "bangkok-myawaddy.yaml")' });
  return undefined;
}

function readFolder<S extends z.ZodType>(r: Reader, folder: string, ext: string, schema: S): Entry<z.infer<S>>[] {
  const entries: Entry<z.infer<S>>[] = [];
  for (const name of listFiles(r, folder, ext)) {
    const file = `${r.label}/${folder}/${name}`;
    const id = idFromFile(r, file, name, ext);
    if (!id) continue;
    const data = parseYaml(r, file, readFileSync(join(r.dir, folder, name), 'utf8'), false);
    if (data === undefined) continue;
    const parsed = schema.safeParse(data, { reportInput: true });
    if (parsed.success) entries.push({ id, file, at: '', data: parsed.data });
    else r.problems.push(...problemsFromIssues(file, parsed.error.issues));
  }
  return entries;
}

/** A story field that looks like a place to put someone's real name. */
const REAL_NAME = {
  pattern: /name/i,
  message: 'there is no field for a real name: a survivor appears only under the pseudonym the site chooses',
};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readMarkdown<S extends z.ZodType>(r: Reader, folder: string, schema: S, options: IssueOptions = {}): MarkdownEntry<z.infer<S>>[] {
  const entries: MarkdownEntry<z.infer<S>>[] = [];
  for (const name of listFiles(r, folder, '.md')) {
    const file = `${r.label}/${folder}/${name}`;
    const id = idFromFile(r, file, name, '.md');
    if (!id) continue;
    const match = FRONT_MATTER.exec(readFileSync(join(r.dir, folder, name), 'utf8'));
    if (!match) {
      r.problems.push({ file, field: '', message: 'must start with front matter between two "---" lines' });
      continue;
    }
    const data = parseYaml(r, file, match[1]!, false);
    if (data === undefined) continue;
    const body = match[2]!.trim();
    if (!body) r.problems.push({ file, field: '', message: 'the text after the front matter is empty' });
    const parsed = schema.safeParse(data, { reportInput: true });
    if (parsed.success) entries.push({ id, file, at: '', data: parsed.data, body });
    else r.problems.push(...problemsFromIssues(file, parsed.error.issues, [], options));
  }
  return entries;
}
