/**
 * Names shared by the reader-care features, so that pages, the classroom guide and the tests
 * agree on them.
 */

/** `localStorage` key of the reader's choice to hide passages describing violence ('1' or '0'). */
export const HIDE_VIOLENCE_KEY = 'job-was-a-trap:hide-violence';

/**
 * The query parameter of classroom links (`/?classroom`, `/stories/tao/?classroom`): passages
 * that describe violence are hidden by default on that visit.
 */
export const CLASSROOM_PARAM = 'classroom';

/** A link to a page of the site in its classroom version (`path` as for `href`). */
export function classroomLink(path: string): string {
  const [beforeHash, hash] = path.split('#', 2);
  const sep = (beforeHash ?? '').includes('?') ? '&' : '?';
  return `${beforeHash}${sep}${CLASSROOM_PARAM}${hash === undefined ? '' : `#${hash}`}`;
}
