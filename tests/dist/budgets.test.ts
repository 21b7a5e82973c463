/**
 * Byte totals of dist/ by kind, raw and gzipped, printed as a table. No limits yet: once the
 * pages have settled, turn the numbers into budgets that fail CI when exceeded.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { distDir, listFiles, requireBuilt } from '../support/site';

requireBuilt();

const KINDS: Readonly<Record<string, string>> = {
  '.html': 'HTML',
  '.css': 'CSS',
  '.js': 'JS',
  '.mjs': 'JS',
  '.woff2': 'fonts',
  '.woff': 'fonts',
  '.ttf': 'fonts',
  '.otf': 'fonts',
};

interface Total {
  files: number;
  raw: number;
  gzip: number;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

test('prints the byte totals of dist/ by kind (no budget enforced yet)', () => {
  const totals = new Map<string, Total>(['HTML', 'CSS', 'JS', 'fonts', 'other'].map((kind) => [kind, { files: 0, raw: 0, gzip: 0 }]));
  for (const path of listFiles(distDir)) {
    const total = totals.get(KINDS[extname(path).toLowerCase()] ?? 'other');
    if (!total) continue;
    const bytes = readFileSync(path);
    total.files++;
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const all = [...totals.values()].reduce((sum, t) => ({ files: sum.files + t.files, raw: sum.raw + t.raw, gzip: sum.gzip + t.gzip }));
  const rows = [['kind', 'files', 'raw', 'gzip'], ...[...totals, ['total', all] as const].map(([kind, t]) => [kind, String(t.files), kib(t.raw), kib(t.gzip)])];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const table = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '));
  console.info(`\nBytes in dist/\n${table.join('\n')}\n`);
  expect(all.files).toBeGreaterThan(0);
});
