import { describe, expect, it } from 'vitest';
import { describeOffer, UNKNOWN_JOB } from '../../../src/lib/format/offer';

describe('describeOffer', () => {
  it('says plainly that the sources do not say what kind of job it was', () => {
    expect(describeOffer({})).toBe('A job; the sources do not say what kind.');
    expect(describeOffer({})).toBe(UNKNOWN_JOB);
  });

  it('adds the promised pay as its own sentence, with no stray space before a comma', () => {
    expect(describeOffer({ pay: 'more than $1,500 a month' })).toBe(
      'A job; the sources do not say what kind. Promised more than $1,500 a month.',
    );
    expect(describeOffer({ job: 'Construction work', pay: 'US$2,000 a month' })).toBe(
      'Construction work. Promised US$2,000 a month.',
    );
  });

  it('names where the offer came from', () => {
    expect(describeOffer({ job: 'Film casting', platform: 'WeChat' })).toBe(
      'Film casting. The offer came through WeChat.',
    );
  });

  it('makes the job a sentence without doubling its full stop', () => {
    expect(describeOffer({ job: 'telesales' })).toBe('Telesales.');
    expect(describeOffer({ job: 'A job in Sihanoukville; the sources do not say what kind.' })).toBe(
      'A job in Sihanoukville; the sources do not say what kind.',
    );
  });
});
