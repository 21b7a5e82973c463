/**
 * The map scenes of survivor accounts (src/lib/content/scenes.ts): where each scene starts in
 * the text, and the checks an editor relies on. The real content must pass; each case below
 * breaks one rule on the valid fixture tree and must fail with its message. (The broken
 * fixture `scene-anchor-not-in-text` checks the same through the whole loader.)
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, loadContent, type Content } from '../../src/lib/content';
import {
  blockStartsWith,
  checkScenes,
  checkWarnedPassages,
  sceneStarts,
  textBlocks,
  warnedRanges,
} from '../../src/lib/content/scenes';
import { storySceneSchema, type StoryScene } from '../../src/lib/content/schema';

const BODY = `Rui is an actor from China.
He was contacted on WeChat.

In January 2025 a car picked him up.

## A route others have described

A Bangladeshi man recruited in Dubai described the same pattern.

- a list item

## What we do not know

The report does not say.`;

describe('textBlocks', () => {
  test('cuts the text into its paragraphs, headings and other blocks, as written', () => {
    expect(textBlocks(BODY)).toEqual([
      { kind: 'paragraph', raw: 'Rui is an actor from China.\nHe was contacted on WeChat.' },
      { kind: 'paragraph', raw: 'In January 2025 a car picked him up.' },
      { kind: 'heading', raw: '## A route others have described' },
      { kind: 'paragraph', raw: 'A Bangladeshi man recruited in Dubai described the same pattern.' },
      { kind: 'other', raw: '- a list item' },
      { kind: 'heading', raw: '## What we do not know' },
      { kind: 'paragraph', raw: 'The report does not say.' },
    ]);
  });
});

describe('blockStartsWith', () => {
  const [first, , heading] = textBlocks(BODY);
  test('a paragraph by its opening words, across a line break', () => {
    expect(blockStartsWith(first!, 'Rui is an actor')).toBe(true);
    expect(blockStartsWith(first!, 'Rui is an actor from China. He was')).toBe(true);
    expect(blockStartsWith(first!, 'is an actor')).toBe(false);
  });
  test('a heading as written, or by its words', () => {
    expect(blockStartsWith(heading!, '## A route others have described')).toBe(true);
    expect(blockStartsWith(heading!, 'A route others have described')).toBe(true);
    expect(blockStartsWith(heading!, '## A route')).toBe(false);
    expect(blockStartsWith(first!, '## Rui is an actor')).toBe(false);
  });
});

describe('sceneStarts', () => {
  const blocks = textBlocks(BODY);
  const at = (...anchors: (string | undefined)[]) => anchors.map((a) => (a === undefined ? {} : { at: a }));
  test('the first scene starts with the text; the others where their words are', () => {
    expect(sceneStarts(blocks, at(undefined, 'In January', '## What we do not know'))).toEqual([
      { block: 0 },
      { block: 1 },
      { block: 5 },
    ]);
  });
  test('names the field and the words that are not in the text', () => {
    expect(sceneStarts(blocks, at(undefined, 'In Febuary'))[1]).toEqual({
      problem: { field: 'scenes[1].at', message: 'no paragraph or heading of the text starts with "In Febuary"' },
    });
  });
  test('scenes must follow the text, each from a block of its own', () => {
    expect(sceneStarts(blocks, at(undefined, '## What we do not know', 'In January'))[2]).toEqual({
      problem: {
        field: 'scenes[2].at',
        message: '"In January" comes before where scenes[1] starts: list the scenes in the order of the text',
      },
    });
    expect(sceneStarts(blocks, at(undefined, 'In January', 'In January'))[2]).toEqual({
      problem: {
        field: 'scenes[2].at',
        message: '"In January" is where scenes[1] starts: give each scene a paragraph or heading of its own',
      },
    });
  });
  test('a scene after the first must say where it starts', () => {
    expect(sceneStarts(blocks, at(undefined, undefined))[1]).toEqual({
      problem: {
        field: 'scenes[1].at',
        message:
          'is required after the first scene: give the opening words of a paragraph, or a heading such as "## What we do not know"',
      },
    });
  });
});

/** The valid fixture tree: `example-person` follows `bangkok-myawaddy` (crossing at Mae Sot), held in Myawaddy. */
function withScenes(scenes: Partial<StoryScene>[], change: (c: Content) => void = () => undefined): string[] {
  const { content, problems } = loadContent(join(import.meta.dirname, '..', 'fixtures', 'valid', 'content'));
  expect(problems).toEqual([]);
  const copy = structuredClone(content);
  const story = copy.stories.find((s) => s.id === 'example-person')!;
  story.body = 'The account goes here.\n\nThen a car came.\n\n## What we do not know\n\nMuch.';
  story.data.scenes = scenes.map((s) => storySceneSchema.parse(s));
  change(copy);
  return checkScenes(copy).map(formatProblem);
}
const FILE = 'content/stories/example-person.md';

describe('checkScenes', () => {
  test('every account on the site passes', () => {
    const { content, problems } = loadContent('content');
    expect(problems).toEqual([]);
    expect(checkScenes(content).map(formatProblem)).toEqual([]);
  });

  test('accepts scenes that fit the account', () => {
    expect(
      withScenes([
        { show: 'origin' },
        { at: 'Then a car', show: 'route', upTo: 'mae-sot' },
        { at: '## What we do not know', show: 'crossing' },
      ]),
    ).toEqual([]);
  });

  test('a scene that starts nowhere in the text', () => {
    expect(withScenes([{ show: 'origin' }, { at: 'Then a bus', show: 'held' }])).toEqual([
      `${FILE}: scenes[1].at: no paragraph or heading of the text starts with "Then a bus"`,
    ]);
  });

  test('a route, a crossing or a place of detention the account does not have', () => {
    const none = (c: Content) => {
      const story = c.stories.find((s) => s.id === 'example-person')!;
      delete story.data.route;
      story.data.heldAt = [];
    };
    expect(
      withScenes(
        [{ show: 'route' }, { at: 'Then a car', show: 'crossing' }, { at: '## What we do not know', show: 'held' }],
        none,
      ),
    ).toEqual([
      `${FILE}: scenes[0].show: "route" needs the account's "route": show "places" for an account without one`,
      `${FILE}: scenes[1].show: "crossing" needs the account's "route": show "places" for an account without one`,
      `${FILE}: scenes[2].show: "held" needs the places where the person was held, in "heldAt"; the account has none`,
    ]);
  });

  test('a crossing on a route without a border crossing', () => {
    const noCrossing = (c: Content) => {
      c.places.find((p) => p.id === 'mae-sot')!.data.kind = 'transit';
    };
    expect(withScenes([{ show: 'crossing' }], noCrossing)).toEqual([
      `${FILE}: scenes[0].show: "crossing" needs a border crossing on route "bangkok-myawaddy": none of its stops is a place of kind "border-crossing"`,
    ]);
  });

  test('"places" with nothing to show, and upTo where it does not belong', () => {
    expect(
      withScenes([
        { show: 'places' },
        { at: 'Then a car', show: 'route', upTo: 'sihanoukville' },
        { at: '## What we do not know', show: 'held', upTo: 'mae-sot' },
      ]),
    ).toEqual([
      `${FILE}: scenes[0].show: "places" needs something to show: list "places", "countries" or "routes"`,
      `${FILE}: scenes[1].upTo: "sihanoukville" is not a stop of route "bangkok-myawaddy" (its stops: bangkok, mae-sot, myawaddy)`,
      `${FILE}: scenes[2].upTo: only a "route" scene draws the route as far as a stop, not a "held" scene`,
    ]);
  });
});

describe('warned passages', () => {
  const blocks = textBlocks(BODY);

  test('a passage runs from the block its `at` names to the next heading', () => {
    expect(
      warnedRanges(blocks, [
        { at: 'In January 2025', warning: 'violence' },
        { at: '## A route others have described', warning: 'threats' },
        { at: 'The report does not', warning: 'detention' },
      ]),
    ).toEqual([
      { start: 1, end: 2, warning: 'violence' },
      { start: 2, end: 5, warning: 'threats' },
      { start: 6, end: 7, warning: 'detention' },
    ]);
  });

  test('the real accounts pass, and a passage that starts nowhere, overlaps or is not announced fails', () => {
    const { content } = loadContent('content');
    expect(checkWarnedPassages(content).map(formatProblem)).toEqual([]);

    const { content: valid } = loadContent(join(import.meta.dirname, '..', 'fixtures', 'valid', 'content'));
    const copy = structuredClone(valid);
    const story = copy.stories.find((s) => s.id === 'example-person')!;
    story.body = 'The account goes here.\n\nThen a car came.\n\n## What we do not know\n\nMuch.';
    story.data.contentWarnings = ['violence'];
    story.data.warnedPassages = [
      { at: 'Then a bus', warning: 'violence' },
      { at: 'The account goes', warning: 'violence' },
      { at: 'Then a car', warning: 'torture' },
    ];
    expect(checkWarnedPassages(copy).map(formatProblem)).toEqual([
      `${FILE}: warnedPassages[0].at: "Then a bus" is neither a heading of the account nor the opening words of one of its paragraphs`,
      `${FILE}: warnedPassages[2].at: the passage starting at "Then a car" overlaps an earlier one`,
      `${FILE}: warnedPassages[2].warning: "torture" is not in the account's contentWarnings (violence): add it there too`,
    ]);
  });
});
