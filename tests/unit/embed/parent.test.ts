/**
 * Our parent script (`public/embed/parent.js`), run against a fake page: it resizes only the
 * iframe whose window sent the message, only for our origin and our embeds, and only to a
 * finite number of pixels between 50 and 20000.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';

const code = readFileSync('public/embed/parent.js', 'utf8');

interface FakeFrame {
  src: string;
  contentWindow: object;
  style: { height?: string };
  attributes: Record<string, string>;
  setAttribute(name: string, value: string): void;
}

function frame(src: string): FakeFrame {
  return {
    src,
    contentWindow: {},
    style: {},
    attributes: {},
    setAttribute(name, value) {
      this.attributes[name] = value;
    },
  };
}

interface Host {
  frames: FakeFrame[];
  post(source: object, data: unknown, origin?: string): void;
  api: { heightOf(data: unknown): number | undefined };
}

/** Runs the script on a fake page at https://news.example whose script tag came from `scriptSrc`. */
function host(frames: FakeFrame[], scriptSrc = 'https://ours.example/embed/parent.js', declared?: string): Host {
  let listener: ((event: unknown) => void) | undefined;
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: (event: unknown) => void) => {
      if (type === 'message') listener = fn;
    },
  };
  const document = {
    currentScript: {
      src: scriptSrc,
      getAttribute: (name: string) => (name === 'data-embed-origin' ? (declared ?? null) : null),
    },
    getElementsByTagName: (name: string) => (name === 'iframe' ? frames : []),
  };
  new Function('window', 'document', 'location', code)(window, document, { href: 'https://news.example/story/' });
  return {
    frames,
    post: (source, data, origin = 'https://ours.example') => listener?.({ source, data, origin }),
    api: window['__jobWasATrapEmbeds'] as Host['api'],
  };
}

const dw = (height: unknown) => ({ 'datawrapper-height': { 'price-of-freedom': height } });

describe('parent.js', () => {
  let ours: FakeFrame;
  let other: FakeFrame;
  let page: Host;
  beforeEach(() => {
    ours = frame('https://ours.example/embed/price-of-freedom/');
    other = frame('https://ours.example/embed/promised-pay/');
    page = host([ours, other]);
  });

  test('resizes the iframe whose window sent the height, and no other', () => {
    page.post(ours.contentWindow, dw(612));
    expect(ours.style.height).toBe('612px');
    expect(ours.attributes['height']).toBe('612');
    expect(other.style.height).toBeUndefined();
  });

  test('rounds a fractional height up', () => {
    page.post(ours.contentWindow, dw(611.2));
    expect(ours.style.height).toBe('612px');
  });

  test('ignores a message from a window that is not one of the page’s iframes', () => {
    page.post({}, dw(612));
    expect([ours.style.height, other.style.height]).toEqual([undefined, undefined]);
  });

  test('ignores heights that are not finite numbers between 50 and 20000', () => {
    for (const bad of ['612', '612px', null, undefined, Number.NaN, Infinity, -1, 0, 49, 20001, { h: 1 }, [612]]) {
      page.post(ours.contentWindow, dw(bad));
      expect(ours.style.height, `height ${String(bad)}`).toBeUndefined();
    }
    page.post(ours.contentWindow, dw(50));
    expect(ours.style.height).toBe('50px');
    page.post(ours.contentWindow, dw(20000));
    expect(ours.style.height).toBe('20000px');
  });

  test('ignores other message formats', () => {
    for (const data of ['pymxPYMxaxPYMxheightxPYMx612', { sentinel: 'amp', type: 'embed-size', height: 612 }, null]) {
      page.post(ours.contentWindow, data);
    }
    expect(ours.style.height).toBeUndefined();
  });

  test('ignores a message from another origin, even from our iframe', () => {
    page.post(ours.contentWindow, dw(612), 'https://evil.example');
    expect(ours.style.height).toBeUndefined();
  });

  test('does not resize an iframe that is not one of our embeds', () => {
    const foreign = frame('https://ours.example/about/');
    const elsewhere = frame('https://video.example/embed/x/');
    const p = host([foreign, elsewhere]);
    p.post(foreign.contentWindow, dw(612));
    p.post(elsewhere.contentWindow, dw(612), 'https://video.example');
    expect([foreign.style.height, elsewhere.style.height]).toEqual([undefined, undefined]);
  });

  test('data-embed-origin names our origin when the script is served from the host', () => {
    const copy = host([ours], 'https://news.example/assets/parent.js', 'https://ours.example');
    copy.post(ours.contentWindow, dw(700));
    expect(ours.style.height).toBe('700px');
    const undeclared = frame('https://ours.example/embed/x/');
    host([undeclared], 'https://news.example/assets/parent.js').post(undeclared.contentWindow, dw(700));
    expect(undeclared.style.height, 'without data-embed-origin the host origin is assumed').toBeUndefined();
  });

  test('the height reader it exposes follows the same rules', () => {
    expect(page.api.heightOf(dw(300))).toBe(300);
    expect(page.api.heightOf(dw('300'))).toBeUndefined();
    expect(page.api.heightOf({ 'datawrapper-height': {} })).toBeUndefined();
  });
});
