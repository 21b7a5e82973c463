/**
 * The logic of "Is this job offer real?" (`/job-offer-check/`): which documented warning signs a
 * reader's answers show, and the words of the result. Pure functions, shared by the page (built
 * without JavaScript) and its script (`src/scripts/offer-check/`), which calls them as the reader
 * ticks. Nothing here, or anywhere on the page, sends or stores an answer.
 *
 * The result never calls an offer safe or real: having none of the signs only means that none of
 * the signs documented in this story's cases was ticked.
 */
import type { OfferCheck } from '../content/schema';

/** What the logic needs to know of the checklist: the questions' answers and the signs they show. */
export interface CheckModel {
  readonly questions: readonly {
    readonly id: string;
    readonly options: readonly { readonly id: string; readonly signs: readonly string[] }[];
  }[];
  /** Every warning sign, in the order the page lists them. */
  readonly signs: readonly { readonly id: string; readonly title: string }[];
}

/** The reader's answers: for each question id, the ids of the answers ticked (none, one or more). */
export type Answers = Readonly<Record<string, readonly string[]>>;

/** What a set of answers shows. */
export interface CheckResult {
  /** How many questions have at least one answer ticked. */
  readonly answered: number;
  /** The warning signs the answers show, each once, in the page's order. */
  readonly matched: readonly { readonly id: string; readonly title: string }[];
  /** How many warning signs the checklist has in all. */
  readonly total: number;
}

/** The words of a result: a first sentence (read out to screen readers) and what to do next. */
export interface Summary {
  readonly headline: string;
  readonly detail: string;
}

/** Reduces the checklist content to the model the logic and the page's script use. */
export function checkModel(check: OfferCheck): CheckModel {
  return {
    questions: check.questions.map((q) => ({
      id: q.id,
      options: q.options.map((o) => ({ id: o.id, signs: o.signs })),
    })),
    signs: check.questions.flatMap((q) => q.signs.map((s) => ({ id: s.id, title: s.title }))),
  };
}

/**
 * The warning signs shown by `answers`. Answers to unknown questions, and unknown answers, are
 * ignored; a sign shown by several answers counts once.
 */
export function matchSigns(model: CheckModel, answers: Answers): CheckResult {
  const shown = new Set<string>();
  let answered = 0;
  for (const question of model.questions) {
    const ticked = new Set(answers[question.id] ?? []);
    const options = question.options.filter((o) => ticked.has(o.id));
    if (options.length > 0) answered += 1;
    for (const option of options) for (const sign of option.signs) shown.add(sign);
  }
  return {
    answered,
    matched: model.signs.filter((s) => shown.has(s.id)),
    total: model.signs.length,
  };
}

/** `1 of the 9 warning signs`, `none of the 9 warning signs`. */
function countOf(n: number, total: number): string {
  return `${n === 0 ? 'none' : String(n)} of the ${total} warning sign${total === 1 ? '' : 's'}`;
}

/**
 * The words of a result. Whatever the answers, it never says an offer is safe or real: with no
 * sign shown, it says so and that this does not make the offer safe.
 */
export function summarise(result: CheckResult): Summary {
  const { answered, matched, total } = result;
  if (answered === 0) {
    return {
      headline: 'You have not answered any question yet.',
      detail: 'As you answer, the warning signs your offer shows will be listed here.',
    };
  }
  const found = `Your answers show ${countOf(matched.length, total)} found in this story’s cases.`;
  if (matched.length === 0) {
    return {
      headline: found,
      detail:
        'That does not make the offer safe: these are only the signs documented in the cases this story covers. ' +
        'If you are unsure about it, talk to someone you trust before you accept it or travel.',
    };
  }
  return {
    headline: found,
    detail:
      'Check the offer carefully before you accept it or travel, and talk to someone you trust. ' +
      'Each sign is listed below with the cases it comes from.',
  };
}
