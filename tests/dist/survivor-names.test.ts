/**
 * No survivor's real name anywhere in the built site: not in text, alt text, metadata, URLs or
 * file names. Survivors appear only under the pseudonyms this site gives them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FORBIDDEN_NAMES, findForbiddenNames, pathToWords } from '../support/survivor-names';
import { distDir, distRelative, listFiles, requireBuilt } from '../support/site';

describe('the name check itself', () => {
  test('finds a real name in running text, in a URL and in alt text', () => {
    expect(findForbiddenNames('<p>Lu Xiangri arrived</p>')).toContain('Lu Xiangri');
    expect(findForbiddenNames(pathToWords('/stories/wang-xing/'))).toContain('Wang Xing');
    expect(findForbiddenNames('<img alt="Kabir Shaikh at his desk">')).toContain('Kabir Shaikh');
  });
  test('does not trip on innocent words', () => {
    expect(findForbiddenNames('Hong Kong, Lucky South 99, Alliance, Ming family')).toEqual([]);
  });
});

describe('built site', () => {
  requireBuilt();
  const files = listFiles(distDir);

  test('no forbidden name in any file name or path', () => {
    const hits = files
      .map((f) => ({ file: distRelative(f), names: findForbiddenNames(pathToWords(distRelative(f))) }))
      .filter((h) => h.names.length > 0);
    expect(hits).toEqual([]);
  });

  // Content reaches readers as HTML, SVG and data files; library JavaScript is not scanned, since
  // minified code is full of short identifiers such as `Lu`.
  test('no forbidden name in any page or data file', () => {
    const text = files.filter((f) => /\.(html|xml|txt|json|geojson|csv|css|svg|webmanifest)$/.test(f));
    expect(text.length).toBeGreaterThan(0);
    const hits = text
      .map((f) => ({ file: distRelative(f), names: findForbiddenNames(readFileSync(f, 'utf8')) }))
      .filter((h) => h.names.length > 0);
    expect(hits, `forbidden names: ${FORBIDDEN_NAMES.map((n) => n.name).join(', ')}`).toEqual([]);
  });
});
