/**
 * Nothing in dist/ loads anything from another origin: no CDN script, web font, tile server or
 * beacon. Links to sources (`<a href>`) are fine. See tests/support/offsite.ts for what counts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findOffsiteReferences, scanKindOf } from '../support/offsite';
import { distDir, distRelative, listFiles, requireBuilt, siteOrigin } from '../support/site';

requireBuilt();

test('no file in dist/ refers to a resource on another origin', () => {
  const findings: string[] = [];
  let scanned = 0;
  for (const path of listFiles(distDir)) {
    const kind = scanKindOf(path);
    if (!kind) continue;
    scanned++;
    for (const reference of findOffsiteReferences(readFileSync(path, 'utf8'), kind, { allowedOrigins: [siteOrigin] })) {
      findings.push(`${distRelative(path)}:${reference.line} ${reference.context} ${reference.url}`);
    }
  }
  expect(scanned, 'no HTML, CSS, JS, SVG, XML or JSON file found in dist/').toBeGreaterThan(0);
  expect(findings, 'references to other origins (file:line context url)').toEqual([]);
});
