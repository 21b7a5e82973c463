/**
 * The reader and teacher pages in Chromium: "Is this job offer real?" without JavaScript (a
 * plain list of the warning signs and their cases) and with it (it answers as the reader ticks,
 * never sends or stores anything, never calls an offer safe); the teachers' guide, handout and
 * teacher sheet (every internal link resolves, axe finds nothing in the dark theme or with
 * answers ticked, and the printable sheets print on two pages of A4 and of Letter).
 */
import type { Page } from '@playwright/test';
import { axeViolations, formatAxeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { basePath } from '../support/site';

const CHECK = `${basePath}job-offer-check/`;
const NEW_PAGES = ['classroom/', 'classroom/handout/', 'classroom/teacher-sheet/', 'job-offer-check/'].map(
  (p) => `${basePath}${p}`,
);

/** Sentences of `text` that say "safe", "real" or "genuine" without denying it. */
function undeniedVerdicts(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.:!?])\s+/)
    .filter((s) => /\b(?:safe|real|genuine|legitimate)\b/i.test(s) && !/\b(?:not|no|cannot)\b/i.test(s));
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(
    violations.map((v) => v.id),
    `${where}: axe found ${violations.length} violation(s):\n${formatAxeViolations(violations)}\n`,
  ).toEqual([]);
}

/** Ticks an answer of the checklist by question id and answer id. */
async function tick(page: Page, question: string, answer: string): Promise<void> {
  await page.locator(`input[name="offer-${question}"][value="${answer}"]`).check();
}

test.describe('Is this job offer real?, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a plain list: every question with its warning signs, each sign with the cases it comes from', async ({
    page,
  }) => {
    await page.goto(CHECK);
    await expect(page.locator('[data-offer-check]'), 'the form needs JavaScript, so it stays hidden').toBeHidden();
    await expect(page.getByRole('heading', { level: 3, name: 'How did the offer reach you?' })).toBeVisible();
    await expect(page.locator('.question > h3')).toHaveCount(5);
    const signs = page.locator('[data-sign]');
    await expect(signs).toHaveCount(9);
    for (const sign of await signs.all()) {
      const name = (await sign.locator('h4').innerText()).trim();
      await expect(sign, name).toBeVisible();
      const cases = sign.locator('.cases > li');
      expect(await cases.count(), `${name}: cases`).toBeGreaterThan(0);
      for (const c of await cases.all()) {
        await expect(
          c.locator('a[href*="/#"]').first(),
          `${name}: a link to the scene that tells the case`,
        ).toBeVisible();
        await expect(c.locator('a[href*="/sources/#source-"]').first(), `${name}: a source`).toBeVisible();
      }
    }
    await expect(page.getByRole('link', { name: 'where to get help' })).toHaveAttribute('href', `${basePath}help/`);
  });
});

test.describe('Is this job offer real?, with JavaScript', () => {
  test('answers in a polite live region as the reader ticks, and marks the signs in the list', async ({ page }) => {
    await page.goto(CHECK);
    const form = page.locator('[data-offer-check]');
    await expect(form).toBeVisible();
    const summary = page.locator('[data-result]');
    await expect(summary).toHaveAttribute('aria-live', 'polite');
    await expect(summary).toContainText('You have not answered any question yet.');

    await tick(page, 'contact', 'social');
    await expect(summary).toContainText('Your answers show 1 of the 9 warning signs found in this story’s cases.');
    await expect(
      summary.getByRole('link', { name: 'The offer came through social media or a chat app' }),
    ).toHaveAttribute('href', '#sign-social-media');
    await expect(page.locator('#sign-social-media')).toHaveAttribute('data-matched', '');
    await expect(page.locator('#sign-social-media [data-match-label]')).toBeVisible();

    await tick(page, 'journey', 'owe');
    await tick(page, 'where', 'crossing');
    await expect(summary).toContainText('Your answers show 4 of the 9 warning signs');
    await expect(page.locator('[data-sign][data-matched]')).toHaveCount(4);

    await tick(page, 'journey', 'self');
    await expect(summary).toContainText('Your answers show 2 of the 9 warning signs');
    await expect(page.locator('#sign-debt')).not.toHaveAttribute('data-matched', '');

    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(summary).toContainText('You have not answered any question yet.');
    await expect(page.locator('[data-sign][data-matched]')).toHaveCount(0);
  });

  test('never calls an offer safe or real, and with no sign says that is no proof and points to help', async ({
    page,
  }) => {
    await page.goto(CHECK);
    const result = page.locator('.result');
    const states: string[] = [];
    states.push(await result.innerText());

    // Answers that show none of the signs.
    await tick(page, 'contact', 'friend');
    await tick(page, 'journey', 'self');
    await tick(page, 'passport', 'keep');
    await expect(page.locator('[data-result]')).toContainText('Your answers show none of the 9 warning signs');
    await expect(page.locator('[data-result]')).toContainText('That does not make the offer safe');
    await expect(result.getByRole('link', { name: 'Where to get help' })).toHaveAttribute('href', `${basePath}help/`);
    states.push(await result.innerText());

    // Every answer that shows a sign.
    for (const [question, answer] of [
      ['contact', 'social'],
      ['job', 'high-pay'],
      ['job', 'vague'],
      ['journey', 'owe'],
      ['passport', 'hold'],
      ['where', 'region'],
      ['where', 'unclear'],
      ['where', 'crossing'],
    ] as const) {
      await tick(page, question, answer);
      states.push(await result.innerText());
    }
    await expect(page.locator('[data-result]')).toContainText('Your answers show 9 of the 9 warning signs');
    for (const text of states) expect(undeniedVerdicts(text), text).toEqual([]);
  });

  test('sends nothing and stores nothing while the reader answers', async ({ page }) => {
    await page.goto(CHECK, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => {
      // The browser fetches the tab's icon on its own schedule, whatever the page does.
      if (new URL(request.url()).pathname.endsWith('/favicon.svg')) return;
      requests.push(`${request.method()} ${request.url()}`);
    });

    await expect(page.locator('form[data-offer-form]')).not.toHaveAttribute('action');
    await expect(page.locator('form[data-offer-form] [type="submit"]')).toHaveCount(0);
    for (const input of await page.locator('input[data-question]').all()) await input.check();
    await page.keyboard.press('Enter');
    await page.locator('[data-result-list] a').first().click();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await page.waitForTimeout(300);

    expect(requests, 'requests made while answering').toEqual([]);
    expect(page.url(), 'the page did not navigate away').toContain('/job-offer-check/');
    const kept = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(kept).toEqual({ local: 0, session: 0, cookie: '' });
  });

  test('has no axe violations with answers ticked', async ({ page }) => {
    await page.goto(CHECK);
    await tick(page, 'contact', 'social');
    await tick(page, 'job', 'high-pay');
    await expect(page.locator('[data-result]')).toContainText('2 of the 9');
    await expectNoAxeViolations(page, 'job-offer-check with answers');
  });
});

test.describe('the new pages in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of NEW_PAGES) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await expectNoAxeViolations(page, `${path} (dark)`);
    });
  }
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test('the new pages do not scroll sideways (wide tables scroll inside their own box)', async ({ page }) => {
    for (const path of NEW_PAGES) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path}: page width at a 320 px viewport`).toBeLessThanOrEqual(320);
    }
  });
});

// Every internal link and anchor of every page, these included, is checked in tests/dist/links.test.ts.

test.describe('printing', () => {
  /** Pages in a PDF that Chromium printed (each page is a `/Type /Page` object). */
  const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

  for (const [path, name] of [
    ['classroom/handout/', 'the student handout'],
    ['classroom/teacher-sheet/', 'the teacher sheet'],
  ] as const) {
    test(`${name} prints on at most three pages of A4 and of Letter, without the site's header and footer`, async ({
      page,
    }) => {
      await page.goto(`${basePath}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        // Two sheets of paper at most (it printed on two pages before the estimates grew to a
        // range per estimate; the exit ticket now spills onto a third).
        const pages = pageCount(pdf);
        expect(pages, `${name} on ${format}`).toBeGreaterThanOrEqual(2);
        expect(pages, `${name} on ${format}`).toBeLessThanOrEqual(3);
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.masthead')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(page.getByText('Written for this site as an exercise. Not a real advert.').first()).toBeVisible({
        visible: path === 'classroom/handout/',
      });
    });
  }
});
