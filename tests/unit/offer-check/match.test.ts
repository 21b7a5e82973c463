/**
 * The logic of "Is this job offer real?": which warning signs a set of answers shows, and the
 * words of the result. On a small model written here (so each rule is visible) and on every
 * possible set of answers to the real checklist (so no combination can call an offer safe).
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content';
import { checkModel, matchSigns, summarise, type Answers, type CheckModel } from '../../../src/lib/offer-check/match';

const small: CheckModel = {
  questions: [
    {
      id: 'contact',
      options: [
        { id: 'social', signs: ['social-media'] },
        { id: 'friend', signs: [] },
      ],
    },
    {
      id: 'journey',
      options: [
        { id: 'arranged', signs: ['journey-arranged'] },
        { id: 'owe', signs: ['journey-arranged', 'debt'] },
      ],
    },
  ],
  signs: [
    { id: 'social-media', title: 'The offer came through social media' },
    { id: 'journey-arranged', title: 'They arrange your journey' },
    { id: 'debt', title: 'You would owe them money' },
  ],
};

describe('matchSigns', () => {
  test('no answers: nothing answered, nothing shown', () => {
    expect(matchSigns(small, {})).toEqual({ answered: 0, matched: [], total: 3 });
  });

  test('an answer that shows no sign still counts as answered', () => {
    expect(matchSigns(small, { contact: ['friend'] })).toEqual({ answered: 1, matched: [], total: 3 });
  });

  test('each answer shows its signs, once each, in the order the page lists them', () => {
    const result = matchSigns(small, { journey: ['owe', 'arranged'], contact: ['social'] });
    expect(result.answered).toBe(2);
    expect(result.matched.map((s) => s.id)).toEqual(['social-media', 'journey-arranged', 'debt']);
  });

  test('unknown questions and unknown answers are ignored', () => {
    expect(matchSigns(small, { contact: ['fax'], salary: ['high'] })).toEqual({ answered: 0, matched: [], total: 3 });
  });
});

describe('summarise', () => {
  test('before any answer it invites the reader to answer', () => {
    expect(summarise(matchSigns(small, {}))).toEqual({
      headline: 'You have not answered any question yet.',
      detail: 'As you answer, the warning signs your offer shows will be listed here.',
    });
  });

  test('with no sign shown it says that this does not make the offer safe', () => {
    const { headline, detail } = summarise(matchSigns(small, { contact: ['friend'] }));
    expect(headline).toBe('Your answers show none of the 3 warning signs found in this story’s cases.');
    expect(detail).toMatch(/^That does not make the offer safe: /);
  });

  test('counts the signs shown, in words a reader can check', () => {
    expect(summarise(matchSigns(small, { contact: ['social'] })).headline).toBe(
      'Your answers show 1 of the 3 warning signs found in this story’s cases.',
    );
    expect(summarise(matchSigns(small, { contact: ['social'], journey: ['owe'] })).headline).toBe(
      'Your answers show 3 of the 3 warning signs found in this story’s cases.',
    );
  });
});

describe('every possible set of answers to the real checklist', () => {
  const { content, problems } = loadContent('content');
  const check = content.offerCheck[0]!.data;
  const model = checkModel(check);

  /** Every way to answer one question: nothing, one answer (radio buttons) or any set (checkboxes). */
  const waysToAnswer = (q: (typeof check.questions)[number]): string[][] => {
    const ids = q.options.map((o) => o.id);
    if (q.answer === 'one') return [[], ...ids.map((id) => [id])];
    return Array.from({ length: 2 ** ids.length }, (_, mask) => ids.filter((_, i) => mask & (1 << i)));
  };
  const all = check.questions.reduce<Answers[]>(
    (sets, q) => sets.flatMap((answers) => waysToAnswer(q).map((ticked) => ({ ...answers, [q.id]: ticked }))),
    [{}],
  );

  test('the content is valid and the checklist has 9 warning signs', () => {
    expect(problems).toEqual([]);
    expect(model.signs).toHaveLength(9);
    expect(all.length).toBeGreaterThan(1000);
  });

  test('a sign is shown exactly when a ticked answer names it', () => {
    for (const answers of all) {
      const named = new Set(
        check.questions.flatMap((q) => q.options.filter((o) => answers[q.id]?.includes(o.id)).flatMap((o) => o.signs)),
      );
      const shown = matchSigns(model, answers).matched.map((s) => s.id);
      expect(new Set(shown)).toEqual(named);
      expect(shown).toHaveLength(named.size);
    }
  });

  test('never calls an offer safe, real or genuine: every "safe" or "real" is denied', () => {
    const verdict =
      /\b(?:is|looks|seems|appears|probably|likely|must be)\s+(?:to be\s+)?(?:safe|real|genuine|legitimate|legit|fine)\b/i;
    for (const answers of all) {
      const { headline, detail } = summarise(matchSigns(model, answers));
      const text = `${headline} ${detail}`;
      expect(text).not.toMatch(verdict);
      for (const sentence of text.split(/(?<=[.:])\s+/)) {
        if (/\b(?:safe|real|genuine)\b/i.test(sentence)) expect(sentence, sentence).toMatch(/\b(?:not|no|cannot)\b/i);
      }
    }
  });
});
