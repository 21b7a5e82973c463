/**
 * Broken-content fixtures: each folder in tests/fixtures/ (except `valid`) overlays one or two
 * files on the valid tree in tests/fixtures/valid/, and must fail with exactly the messages in
 * its expected.txt. The messages are the product here: they are what an editor reads.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem, loadContent } from '../../src/lib/content';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'content-fixtures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds `valid` + the fixture's overlay in a scratch folder and returns its content path. */
function assemble(name: string): string {
  const dir = join(work, name, 'content');
  cpSync(join(fixtures, 'valid', 'content'), dir, { recursive: true });
  cpSync(join(fixtures, name, 'content'), dir, { recursive: true });
  return dir;
}

const broken = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'valid')
  .map((d) => d.name)
  .sort();

test('the valid fixture tree has no problems', () => {
  expect(loadContent(join(fixtures, 'valid', 'content')).problems.map(formatProblem)).toEqual([]);
});

test('there are at least 12 broken fixtures', () => {
  expect(broken.length).toBeGreaterThanOrEqual(12);
});

describe('each broken fixture fails with its precise message', () => {
  test.each(broken)('%s', (name) => {
    const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    const { problems } = loadContent(assemble(name));
    expect(problems.map(formatProblem)).toEqual(expected);
  });
});
