/** How content problems are worded: the pieces every message is built from. */
import { describe, expect, test } from 'vitest';
import { didYouMean, formatPath, formatProblem } from '../../src/lib/content/problems';

describe('formatPath', () => {
  test('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['legs', 2, 'to'])).toBe('legs[2].to');
    expect(formatPath(['mae-sot', 'coordinates', 1])).toBe('mae-sot.coordinates[1]');
  });
  test('is empty for the root', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('didYouMean', () => {
  test('suggests the nearest id for a likely typo', () => {
    expect(didYouMean('mae-sott', ['bangkok', 'mae-sot', 'myawaddy'])).toBe('; did you mean "mae-sot"?');
  });
  test('stays silent when nothing is close', () => {
    expect(didYouMean('vientiane', ['bangkok', 'mae-sot'])).toBe('');
    expect(didYouMean('x', [])).toBe('');
  });
});

describe('formatProblem', () => {
  test('prints file, field and message', () => {
    expect(formatProblem({ file: 'content/places.yaml', field: 'kk-park.kind', message: 'is required' })).toBe(
      'content/places.yaml: kk-park.kind: is required',
    );
  });
  test('leaves the field out when the problem is the whole file', () => {
    expect(formatProblem({ file: 'content/stories/a.md', field: '', message: 'must start with front matter' })).toBe(
      'content/stories/a.md: must start with front matter',
    );
  });
});
