/**
 * The pages whose weight and speed we measure, and the screens we measure them on: one of each
 * page type. `/` (the long read), `/map/` (the explorer), one survivor account, a chart embed
 * and a map embed, the classroom page, the press room (`/charts/`), a graphic's own page and the
 * job-offer checklist. Found in a built dist/ folder, so the list follows the site.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The page types: the long read, the explorer, an account, a chart embed (`embed`) and a map
 * embed (`map-embed`), the classroom page, the press room (`press`), a graphic's own page
 * (`graphic`) and the job-offer checklist (`checklist`).
 */
export const PAGE_ROLES = [
  'home',
  'map',
  'account',
  'embed',
  'map-embed',
  'classroom',
  'press',
  'graphic',
  'checklist',
] as const;

/** One of `PAGE_ROLES`. */
export type PageRole = (typeof PAGE_ROLES)[number];

/** A page to measure. */
export interface MeasuredPage {
  /** What it is: see `PAGE_ROLES`. */
  readonly role: PageRole;
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
 * (`/stories/tao/` if present, else the first), a chart embed and a map embed, `/classroom/`,
 * `/charts/`, a chart's own page and `/job-offer-check/`, each only if built.
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
  // Embeds: the first chart and the overview map (maps are the heavier kind).
  const embeds = pageFolders(join(distDir, 'embed'));
  const chartEmbed = embeds.find((id) => !id.startsWith('map-'));
  if (chartEmbed) add('embed', `/embed/${chartEmbed}/`, false);
  const mapEmbed = embeds.includes('map-overview') ? 'map-overview' : embeds.find((id) => id.startsWith('map-'));
  if (mapEmbed) add('map-embed', `/embed/${mapEmbed}/`, false);
  add('classroom', '/classroom/', false);
  add('press', '/charts/', false);
  const graphic = pageFolders(join(distDir, 'charts')).find((id) => !id.startsWith('map-'));
  if (graphic) add('graphic', `/charts/${graphic}/`, false);
  add('checklist', '/job-offer-check/', false);
  return pages;
}

/** The screens a page is measured on: phone and laptop, and a desktop for `/`. */
export function screensFor(page: MeasuredPage): Screen[] {
  return page.role === 'home' ? [PHONE, LAPTOP, DESKTOP] : [PHONE, LAPTOP];
}
