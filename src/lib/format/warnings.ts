/** Words for content-warning flags, as they appear in content notes. */
import type { contentWarnings } from '../content/schema';

type Warning = (typeof contentWarnings)[number];

const LABELS: Record<Warning, string> = {
  violence: 'violence',
  torture: 'torture',
  'sexual-violence': 'sexual violence',
  threats: 'threats',
  detention: 'detention',
  death: 'death',
  children: 'harm to children',
};

/** A readable list of warnings: `['violence', 'threats']` → `violence and threats`. */
export function warningList(flags: readonly Warning[]): string {
  const words = flags.map((f) => LABELS[f]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
