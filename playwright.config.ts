/**
 * Playwright: the built site (dist/) in a real Chromium, served by `astro preview`.
 *
 * Build first (`npm run build`); the web server only serves what is there. Chromium is the
 * system one (CHROMIUM_PATH, default /usr/bin/chromium): browser downloads are blocked on our
 * machines, so never run `npx playwright install`. Build and test with the same BASE_PATH and
 * SITE_URL. Set E2E_PORT to use another port than 4321 (for example while `astro dev` runs).
 * Everything Playwright writes goes to test-results/.
 */
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium';
import { normaliseBasePath } from './tests/support/site';

const port = Number(process.env.E2E_PORT ?? 4321);
const basePath = normaliseBasePath(process.env.BASE_PATH ?? '/');
const baseURL = `http://127.0.0.1:${port}${basePath}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  // A story page with a WebGL map in SwiftShader on 2 cores is slow: give each test a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    navigationTimeout: 30_000,
    actionTimeout: 10_000,
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
      },
    },
  ],
  webServer: {
    // --ignore-lock: Astro 7 allows one tracked preview server per project and backgrounds
    // itself when it thinks an agent runs it; the test server must be our own foreground process,
    // whether or not someone else's preview is running.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
