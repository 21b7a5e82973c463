/**
 * The map scenes of survivor accounts (`scenes` in a story's front matter): the account's text
 * cut into blocks (paragraphs, headings, lists), where each scene starts among them, and the
 * checks an editor needs: every `at` names the start of a paragraph or a heading, scenes follow
 * the order of the text, and each scene asks only for what the account has (a route to draw, a
 * border crossing on it, places where the person was held).
 *
 * Ids (`places`, `routes`, `upTo`) are checked for existence in `crossref.ts`; this runs after it.
 */
import { Lexer } from 'marked';
import type { Place, Route, StoryScene, WarnedPassage } from './schema';
import type { Content } from './read';
import type { ContentProblem } from './problems';

/** One top-level block of Markdown: a heading, a paragraph, or anything else (a list, a quote). */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'other';
  /** The block's Markdown as written in the file, trimmed. */
  raw: string;
}

/** The top-level blocks of a Markdown text, in order (blank lines are not blocks). */
export function textBlocks(markdown: string): TextBlock[] {
  return new Lexer({ gfm: true })
    .lex(markdown)
    .filter((token) => token.type !== 'space' && token.raw.trim() !== '')
    .map((token) => ({
      kind: token.type === 'heading' ? 'heading' : token.type === 'paragraph' ? 'paragraph' : 'other',
      raw: token.raw.trim(),
    }));
}

/** Text with every run of white space (line breaks included) made one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a scene's `at` names this block: a heading written as in the file ("## What we do not
 * know", or its words alone), or the opening words of a paragraph or other block.
 */
export function blockStartsWith(block: TextBlock, at: string): boolean {
  const want = squash(at);
  const raw = squash(block.raw);
  if (block.kind === 'heading') return raw === want || raw.replace(/^#+\s*/, '') === want.replace(/^#+\s*/, '');
  return !want.startsWith('#') && raw.startsWith(want);
}

/** Where each scene starts, as a block index, or a problem with its `at`. */
export type SceneStart = { block: number } | { problem: { field: string; message: string } };

/**
 * The block each scene starts at. The first scene starts with the text unless it says otherwise;
 * every later scene must say where it starts, after the scene before it. A scene whose start
 * cannot be found gets a problem naming its field.
 */
export function sceneStarts(blocks: readonly TextBlock[], scenes: readonly Pick<StoryScene, 'at'>[]): SceneStart[] {
  const starts: SceneStart[] = [];
  let previous = -1;
  scenes.forEach((scene, i) => {
    const field = `scenes[${i}].at`;
    if (scene.at === undefined) {
      if (i === 0) {
        starts.push({ block: 0 });
        previous = 0;
      } else {
        starts.push({
          problem: {
            field,
            message:
              'is required after the first scene: give the opening words of a paragraph, or a heading such as "## What we do not know"',
          },
        });
      }
      return;
    }
    const at = scene.at;
    const after = blocks.findIndex((b, j) => j > previous && blockStartsWith(b, at));
    if (after >= 0) {
      starts.push({ block: after });
      previous = after;
      return;
    }
    const anywhere = blocks.findIndex((b) => blockStartsWith(b, at));
    const message =
      anywhere < 0
        ? `no paragraph or heading of the text starts with "${at}"`
        : anywhere === previous
          ? `"${at}" is where scenes[${i - 1}] starts: give each scene a paragraph or heading of its own`
          : `"${at}" comes before where scenes[${i - 1}] starts: list the scenes in the order of the text`;
    starts.push({ problem: { field, message } });
  });
  return starts;
}

/** The stops of a route, in travel order: where it starts, then the end of each leg. */
export function routeStops(route: Pick<Route, 'legs'>): string[] {
  return [route.legs[0]!.from, ...route.legs.map((leg) => leg.to)];
}

/** The stops of a route that are border crossings. */
export function crossingStops(route: Pick<Route, 'legs'>, places: ReadonlyMap<string, Pick<Place, 'kind'>>): string[] {
  return routeStops(route).filter((id) => places.get(id)?.kind === 'border-crossing');
}

/**
 * The blocks each warned passage of an account covers, as `[start, end)` block indexes: from the
 * block its `at` names to the next heading (or the end). Passages whose `at` names no block are
 * left out (the content check reports them).
 */
export function warnedRanges(
  blocks: readonly TextBlock[],
  passages: readonly Pick<WarnedPassage, 'at' | 'warning'>[],
): { start: number; end: number; warning: WarnedPassage['warning'] }[] {
  return passages.flatMap((passage) => {
    const start = blocks.findIndex((block) => blockStartsWith(block, passage.at));
    if (start < 0) return [];
    const next = blocks.findIndex((block, i) => i > start && block.kind === 'heading');
    return [{ start, end: next < 0 ? blocks.length : next, warning: passage.warning }];
  });
}

/**
 * Checks the warned passages of every account: each `at` names a block of the text, passages do
 * not overlap, and each `warning` is one of the account's `contentWarnings` (so the note at the
 * top of the page announces what the passages describe).
 */
export function checkWarnedPassages(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const story of content.stories) {
    const blocks = textBlocks(story.body);
    const covered = new Set<number>();
    story.data.warnedPassages.forEach((passage, i) => {
      const field = `warnedPassages[${i}]`;
      const add = (sub: string, message: string) => problems.push({ file: story.file, field: `${field}.${sub}`, message });
      const [range] = warnedRanges(blocks, [passage]);
      if (!range) add('at', `"${passage.at}" is neither a heading of the account nor the opening words of one of its paragraphs`);
      else {
        for (let b = range.start; b < range.end; b++) {
          if (covered.has(b)) add('at', `the passage starting at "${passage.at}" overlaps an earlier one`);
          covered.add(b);
        }
      }
      if (!story.data.contentWarnings.includes(passage.warning))
        add('warning', `"${passage.warning}" is not in the account's contentWarnings (${story.data.contentWarnings.join(', ') || 'none'}): add it there too`);
    });
  }
  return problems;
}

/** Checks the scenes of every account; returns the problems found (empty when all is well). */
export function checkScenes(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const places = new Map(content.places.map((e) => [e.id, e.data]));
  const routes = new Map(content.routes.map((e) => [e.id, e.data]));
  for (const story of content.stories) {
    const scenes = story.data.scenes;
    if (!scenes) continue;
    const add = (field: string, message: string) => problems.push({ file: story.file, field, message });
    for (const start of sceneStarts(textBlocks(story.body), scenes)) {
      if ('problem' in start) add(start.problem.field, start.problem.message);
    }
    const route = story.data.route ? routes.get(story.data.route) : undefined;
    scenes.forEach((scene, i) => {
      const field = `scenes[${i}]`;
      switch (scene.show) {
        case 'route':
        case 'crossing':
          if (!route) add(`${field}.show`, `"${scene.show}" needs the account's "route": show "places" for an account without one`);
          else if (scene.show === 'crossing' && crossingStops(route, places).length === 0)
            add(`${field}.show`, `"crossing" needs a border crossing on route "${story.data.route}": none of its stops is a place of kind "border-crossing"`);
          break;
        case 'held':
          if (story.data.heldAt.length === 0)
            add(`${field}.show`, '"held" needs the places where the person was held, in "heldAt"; the account has none');
          break;
        case 'places':
          if (scene.places.length + scene.countries.length + scene.routes.length === 0)
            add(`${field}.show`, '"places" needs something to show: list "places", "countries" or "routes"');
          break;
        case 'overview':
        case 'origin':
          break;
        default: {
          const unreachable: never = scene.show;
          throw new Error(`unhandled scene ${String(unreachable)}`);
        }
      }
      if (scene.upTo !== undefined) {
        if (scene.show !== 'route') add(`${field}.upTo`, `only a "route" scene draws the route as far as a stop, not a "${scene.show}" scene`);
        else if (route && !routeStops(route).includes(scene.upTo))
          add(`${field}.upTo`, `"${scene.upTo}" is not a stop of route "${story.data.route}" (its stops: ${routeStops(route).join(', ')})`);
      }
    });
  }
  return problems;
}
