/**
 * Checks for the reader and teacher material: the job-offer checklist (`job-offer-check.yaml`)
 * and the teachers' guide (`classroom.yaml`).
 *
 * - `checkClassroomReferences` (called by `checkReferences` in `crossref.ts`): every id they name
 *   exists (steps, accounts, charts, glossary terms, sources, warning signs, activities) and ids
 *   that must be unique are.
 * - `checkClassroomCompleteness` (run by `loadContent` once every reference resolves): every
 *   chapter of the long read has discussion questions, and every warning sign is one that an
 *   answer can show. It runs later so that one mistake (a chapter added under a duplicate step
 *   id, say) is reported once, not echoed here.
 */
import type { Content, Entry } from './read';
import { didYouMean, type ContentProblem } from './problems';
import type { ClassroomLink } from './schema';

/** Finds the ids that occur more than once in `ids`, with the index of each repeat. */
function repeats(ids: readonly string[]): { id: string; index: number }[] {
  const seen = new Set<string>();
  const out: { id: string; index: number }[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) out.push({ id, index });
    seen.add(id);
  });
  return out;
}

/** Checks the job-offer checklist and the teachers' guide; returns the problems found. */
export function checkClassroomReferences(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const steps = content.chapters.flatMap((c) => c.data.steps);
  const ids = {
    source: new Set(content.sources.map((e) => e.id)),
    step: new Set(steps.map((s) => s.id)),
    story: new Set(content.stories.map((e) => e.id)),
    chapter: new Set(content.chapters.map((e) => e.id)),
    chart: new Set(content.charts.map((e) => e.id)),
    'glossary term': new Set(content.glossary.map((e) => e.id)),
    'warning sign': new Set(content.offerCheck.flatMap((e) => e.data.questions.flatMap((q) => q.signs.map((s) => s.id)))),
    activity: new Set(content.classroom.flatMap((e) => e.data.activities.map((a) => a.id))),
  };
  type Kind = keyof typeof ids;
  const chartsShown = new Set(steps.flatMap((s) => (s.visual.type === 'chart' ? [s.visual.chart] : [])));

  const need = (e: Entry<unknown>, field: string, kind: Kind, id: string): boolean => {
    if (ids[kind].has(id)) return true;
    problems.push({ file: e.file, field, message: `unknown ${kind} "${id}"${didYouMean(id, ids[kind])}` });
    return false;
  };
  const needAll = (e: Entry<unknown>, field: string, kind: Kind, list: readonly string[]) =>
    list.forEach((id, i) => need(e, `${field}[${i}]`, kind, id));
  const unique = (e: Entry<unknown>, field: (i: number) => string, what: string, list: readonly string[]) => {
    for (const { id, index } of repeats(list)) {
      problems.push({ file: e.file, field: field(index), message: `duplicate ${what} id "${id}": ids must be unique` });
    }
  };

  /** A classroom link: its one target must exist (a chart must also be shown in some step). */
  const link = (e: Entry<unknown>, field: string, l: ClassroomLink) => {
    if (l.chapter !== undefined) need(e, `${field}.chapter`, 'chapter', l.chapter);
    if (l.step !== undefined) need(e, `${field}.step`, 'step', l.step);
    if (l.account !== undefined) need(e, `${field}.account`, 'story', l.account);
    if (l.term !== undefined) need(e, `${field}.term`, 'glossary term', l.term);
    if (l.source !== undefined) need(e, `${field}.source`, 'source', l.source);
    if (l.activity !== undefined) need(e, `${field}.activity`, 'activity', l.activity);
    if (l.sign !== undefined) need(e, `${field}.sign`, 'warning sign', l.sign);
    if (l.chart !== undefined && need(e, `${field}.chart`, 'chart', l.chart) && !chartsShown.has(l.chart)) {
      problems.push({
        file: e.file,
        field: `${field}.chart`,
        message: `chart "${l.chart}" is not shown in any step of the story, so there is nothing to link to`,
      });
    }
  };

  for (const e of content.offerCheck) {
    const { questions } = e.data;
    needAll(e, 'introSources', 'source', e.data.introSources);
    unique(e, (i) => `questions[${i}].id`, 'question', questions.map((q) => q.id));
    const signPaths = questions.flatMap((q, i) => q.signs.map((s, j) => ({ id: s.id, path: `questions[${i}].signs[${j}]` })));
    for (const { id, index } of repeats(signPaths.map((s) => s.id))) {
      problems.push({ file: e.file, field: `${signPaths[index]!.path}.id`, message: `duplicate warning sign id "${id}": ids must be unique` });
    }
    questions.forEach((q, i) => {
      unique(e, (j) => `questions[${i}].options[${j}].id`, 'answer', q.options.map((o) => o.id));
      q.options.forEach((o, j) => needAll(e, `questions[${i}].options[${j}].signs`, 'warning sign', o.signs));
      q.signs.forEach((sign, j) => {
        const at = `questions[${i}].signs[${j}]`;
        needAll(e, `${at}.sources`, 'source', sign.sources);
        sign.cases.forEach((c, k) => {
          need(e, `${at}.cases[${k}].step`, 'step', c.step);
          if (c.account !== undefined) need(e, `${at}.cases[${k}].account`, 'story', c.account);
          needAll(e, `${at}.cases[${k}].sources`, 'source', c.sources);
        });
      });
    });
  }

  for (const e of content.classroom) {
    const g = e.data;
    needAll(e, 'overview.sources', 'source', g.overview.sources);
    needAll(e, 'sensitivity.sources', 'source', g.sensitivity.sources);
    unique(e, (i) => `lessons[${i}].id`, 'lesson', g.lessons.map((l) => l.id));
    g.lessons.forEach((lesson, i) =>
      lesson.segments.forEach((segment, j) => segment.use.forEach((l, k) => link(e, `lessons[${i}].segments[${j}].use[${k}]`, l))),
    );

    for (const key of Object.keys(g.discussion)) need(e, `discussion.${key}`, 'chapter', key);

    unique(e, (i) => `activities[${i}].id`, 'activity', g.activities.map((a) => a.id));
    g.activities.forEach((activity, i) => {
      const at = `activities[${i}]`;
      activity.use.forEach((l, k) => link(e, `${at}.use[${k}]`, l));
      needAll(e, `${at}.sources`, 'source', activity.sources);
      switch (activity.kind) {
        case 'warning-signs':
          unique(e, (j) => `${at}.adverts[${j}].id`, 'advert', activity.adverts.map((a) => a.id));
          activity.adverts.forEach((advert, j) => needAll(e, `${at}.adverts[${j}].signs`, 'warning sign', advert.signs));
          break;
        case 'estimates':
          activity.estimates.forEach((row, j) => needAll(e, `${at}.estimates[${j}].sources`, 'source', row.sources));
          break;
        case 'route-map':
          break;
        default: {
          const unreachable: never = activity;
          throw new Error(`unhandled activity ${JSON.stringify(unreachable)}`);
        }
      }
    });

    needAll(e, 'glossary', 'glossary term', g.glossary);
    g.furtherReading.forEach((item, i) => need(e, `furtherReading[${i}].source`, 'source', item.source));
    needAll(e, 'handout.sources', 'source', g.handout.sources);
    needAll(e, 'handout.activities', 'activity', g.handout.activities);
  }
  return problems;
}

/** Checks that the guide covers every chapter and that every warning sign can be shown. */
export function checkClassroomCompleteness(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const chapters = [...content.chapters].sort((a, b) => a.data.order - b.data.order);
  for (const e of content.classroom) {
    for (const chapter of chapters) {
      if (!(chapter.id in e.data.discussion)) {
        problems.push({ file: e.file, field: 'discussion', message: `no discussion questions for chapter "${chapter.id}": every chapter needs some` });
      }
    }
  }
  for (const e of content.offerCheck) {
    const shown = new Set(e.data.questions.flatMap((q) => q.options.flatMap((o) => o.signs)));
    e.data.questions.forEach((q, i) =>
      q.signs.forEach((sign, j) => {
        if (!shown.has(sign.id)) {
          problems.push({ file: e.file, field: `questions[${i}].signs[${j}].id`, message: `no answer shows warning sign "${sign.id}": name it in the signs of an option` });
        }
      }),
    );
  }
  return problems;
}
