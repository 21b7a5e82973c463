/**
 * The pages whose weight and speed we measure, and the screens we measure them on: `/` (the
 * long read), `/map/` (the explorer), one survivor account, and an embed and the classroom page
 * once the site has them. Found in a built dist/ folder, so the list follows the site.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A page to measure. */
export interface MeasuredPage {
  /** What it is: `home`, `map`, `account`, `embed` or `classroom`. */
  readonly role: 'home' | 'map' | 'account' | 'embed' | 'classroom';
  /** Its path inside the site, BASE_PATH not included: `/`, `/map/`, `/stories/tao/`. */
  readonly path: string;
  /** Whether the targets name it (`/`, `/map/`, an account): the core of every check. */
  readonly core: boolean;
}

/** A browser window to load a page in. */
export interface Screen {
  /** Short name for tables: `390x844`. */
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** A phone: touch, a meta viewport, a device pixel ratio of 3. */
  readonly phone: boolean;
}

/** A phone held upright (iPhone 12 to 15 size). */
export const PHONE: Screen = { name: '390x844', width: 390, height: 844, phone: true };
/** A laptop. */
export const LAPTOP: Screen = { name: '1280x800', width: 1280, height: 800, phone: false };
/** A desktop monitor. */
export const DESKTOP: Screen = { name: '1440x900', width: 1440, height: 900, phone: false };

/** The account measured when it exists; otherwise the first account in alphabetical order. */
const PREFERRED_ACCOUNT = 'tao';

/** Names of the sub-folders of `dir` that hold an index.html, sorted; none if `dir` is missing. */
function pageFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The pages to measure in the built site at `distDir`, in table order: `/`, `/map/`, an account
 * (`/stories/tao/` if present, else the first), the first embed and `/classroom/`, each only if
 * built.
 */
export function measuredPages(distDir: string): MeasuredPage[] {
  const pages: MeasuredPage[] = [];
  const add = (role: MeasuredPage['role'], path: string, core: boolean): void => {
    if (existsSync(join(distDir, ...path.split('/').filter(Boolean), 'index.html'))) pages.push({ role, path, core });
  };
  add('home', '/', true);
  add('map', '/map/', true);
  const accounts = pageFolders(join(distDir, 'stories'));
  const account = accounts.includes(PREFERRED_ACCOUNT) ? PREFERRED_ACCOUNT : accounts[0];
  if (account) add('account', `/stories/${account}/`, true);
  const embed = pageFolders(join(distDir, 'embed'))[0];
  if (embed) add('embed', `/embed/${embed}/`, false);
  add('classroom', '/classroom/', false);
  return pages;
}

/** The screens a page is measured on: phone and laptop, and a desktop for `/`. */
export function screensFor(page: MeasuredPage): Screen[] {
  return page.role === 'home' ? [PHONE, LAPTOP, DESKTOP] : [PHONE, LAPTOP];
}
