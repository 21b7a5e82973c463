/**
 * Phone numbers in built HTML: which strings look like a number to call or text, and whether
 * each one sits inside a `tel:` or `sms:` link, so that a reader on a phone can tap it.
 *
 * "Looks like a phone number": a `+` followed by digits, digits joined by hyphens or spaces
 * (1-888-373-7888, +66 99 130 1300), five or more digits in a row (233733), or a three- or
 * four-digit number (117, 1300) that is not a year and not a count ("200 languages"). Numbers
 * with a thousands comma (2,700), money ($2,000) and dates are not phone numbers.
 */
import { Parser } from 'htmlparser2';

/** Words after a number that make it a count, not a phone number ("200 languages"). */
const COUNT_WORDS =
  /^\s*(?:languages?|organi[sz]ations?|hotlines?|people|persons?|workers?|victims?|survivors?|countries|nationalities|years?|months?|days?|hours?|km|kilometres?|miles?|words?|children|cases?|compounds?|centres?|steps?)\b/i;

/** The phone-number-looking strings in a text, in order. */
export function phoneLikeNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\+?\d(?:[\d,.\- ]*\d)?/g)) {
    const raw = match[0].trim();
    const start = match.index;
    const before = text.slice(Math.max(0, start - 1), start);
    const after = text.slice(start + match[0].length);
    const digits = raw.replace(/\D/g, '');
    if (raw.includes(',') || /[$£€]/.test(before) || /^\s*%/.test(after)) continue;
    if (raw.startsWith('+') || /\d[- ]\d/.test(raw)) {
      // Joined groups: a phone number if long enough; otherwise split into separate numbers ("24 hours").
      if (digits.length >= 7) found.push(raw);
      else
        found.push(
          ...raw.split(/[ -]+/).filter((part, i, parts) => isShortNumber(part, i === parts.length - 1 ? after : '')),
        );
      continue;
    }
    if (raw.includes('.')) continue; // 43.8, a decimal
    if (digits.length >= 5 || isShortNumber(raw, after)) found.push(raw);
  }
  return found;
}

/** A three- or four-digit number that is neither a year nor a count. */
function isShortNumber(raw: string, after: string): boolean {
  if (!/^\d{3,4}$/.test(raw)) return false;
  const n = Number(raw);
  if (raw.length === 4 && n >= 1900 && n <= 2099) return false;
  return !COUNT_WORDS.test(after);
}

/** A `tel:` or `sms:` link and the text it shows. */
export interface PhoneLink {
  href: string;
  text: string;
}

/** What a region of a page says outside phone links, and the phone links in it. */
export interface RegionText {
  /** Whether the region was found at all. */
  found: boolean;
  /** Text of the region outside `tel:`/`sms:` links, citations, source lines, SVG, scripts and styles. */
  outside: string;
  /** Every `tel:`/`sms:` link in the region. */
  links: PhoneLink[];
}

interface Open {
  name: string;
  attributes: Record<string, string>;
}

/**
 * Reads the text of the region of `html` chosen by `isRegion` (the first element it accepts and
 * everything inside it). Citations (links to the sources page and `.source-line` paragraphs),
 * SVG, scripts and styles are left out: a publisher's name such as "1343 Actionline" in a
 * citation is not a number to call.
 */
export function regionText(
  html: string,
  isRegion: (name: string, attributes: Record<string, string>) => boolean,
): RegionText {
  const stack: Open[] = [];
  const result: RegionText = { found: false, outside: '', links: [] };
  let regionDepth = -1;
  let done = false;
  let link: PhoneLink | undefined;
  const classes = (o: Open) => (o.attributes['class'] ?? '').split(/\s+/);
  const exempt = () =>
    stack.some(
      (o) =>
        ['svg', 'script', 'style', 'template', 'noscript'].includes(o.name) ||
        classes(o).includes('source-line') ||
        (o.name === 'a' && /\/sources\/(?:#|$)/.test(o.attributes['href'] ?? '')),
    );
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        stack.push({ name, attributes });
        if (done) return;
        if (regionDepth < 0 && isRegion(name, attributes)) {
          regionDepth = stack.length;
          result.found = true;
        }
        const href = attributes['href'] ?? '';
        if (regionDepth > 0 && name === 'a' && /^(?:tel|sms):/i.test(href)) {
          link = { href, text: '' };
          result.links.push(link);
        }
        if (regionDepth > 0) result.outside += ' ';
      },
      ontext(text) {
        if (regionDepth < 0 || done) return;
        if (link) link.text += text;
        else if (!exempt()) result.outside += text;
      },
      onclosetag(name) {
        if (name === 'a') link = undefined;
        if (regionDepth > 0) result.outside += ' ';
        if (regionDepth > 0 && stack.length === regionDepth) {
          regionDepth = -1;
          done = true;
        }
        stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return result;
}
