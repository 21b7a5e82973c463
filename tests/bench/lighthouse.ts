/**
 * Lighthouse 13 through its Node API, in the system Chromium: default (mobile) profile with
 * simulated slow 4G, categories performance, accessibility, best practices and SEO. Each run gets
 * a fresh headless Chromium with its own profile folder, started here rather than through
 * chrome-launcher (a dependency of Lighthouse, not of ours), with the flags our tests use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

/** The figures one Lighthouse run gives, or the median of several. */
export interface LighthouseFigures {
  /** Category scores, 0 to 100. */
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** First and Largest Contentful Paint and Total Blocking Time, in ms. */
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
  /** Cumulative Layout Shift (unitless). */
  readonly cls: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** A headless Chromium with remote debugging on a free port, and how to stop it. */
interface Browser {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts a headless Chromium with a fresh profile; resolves once its DevTools port is known. */
async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child: ChildProcess = spawn(
    chromiumPath,
    [
      ...chromiumArgs,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--disable-extensions',
      '--disable-default-apps',
      '--no-default-browser-check',
      '--mute-audio',
      '--password-store=basic',
      '--use-mock-keychain',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const running = (): boolean => child.exitCode === null && child.signalCode === null;
  // Should the bench exit mid-run (an error, Ctrl-C), Chromium goes with it.
  const killOnExit = (): void => {
    if (running()) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const close = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (running()) {
      // SIGTERM: the browser process shuts down its renderer and GPU processes.
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((done, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`Chromium did not start within 30 s:\n${output}`)), 30_000);
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          done(Number(match[1]));
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        fail(error);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Chromium (${chromiumPath}) exited with code ${code}:\n${output}`));
      });
    });
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One Lighthouse run on `url` in a fresh Chromium. Throws when Lighthouse reports a runtime error. */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const browser = await launchChromium();
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const value = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    await browser.close();
  }
}
