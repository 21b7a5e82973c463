/**
 * The real build, not just the checker, refuses bad content: `astro build` pointed at a broken
 * fixture exits non-zero and prints the editor's message without a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

test('astro build stops with file: field: message on a broken route', { timeout: 60_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'bad-build-'));
  try {
    const content = join(work, 'content');
    cpSync(join(root, 'tests/fixtures/valid/content'), content, { recursive: true });
    cpSync(join(root, 'tests/fixtures/unknown-place-in-leg/content'), content, { recursive: true });
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')],
      {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
      },
    );
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output).toContain(
      'content/routes/bangkok-myawaddy.yaml: legs[1].to: unknown place "myawady"; did you mean "myawaddy"?',
    );
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
