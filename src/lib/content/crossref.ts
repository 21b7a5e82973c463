/**
 * Checks that span files: every id a file names exists, ids that must be unique are, route
 * legs join up, and stories and routes agree about each other. Schemas (`schema.ts`) have
 * already checked each file on its own; this runs on what passed.
 */
import type { Content, Entry } from './read';
import type { Chart } from './schema';
import { didYouMean, type ContentProblem } from './problems';
import { glossaryLinks } from './glossary-links';
import { checkClassroomReferences } from './crossref-classroom';

type Kind = 'source' | 'place' | 'route' | 'story' | 'chart' | 'glossary term' | 'timeline event';

/** Runs every cross-reference check and returns the problems found (empty when all is well). */
export function checkReferences(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids: Record<Kind, Set<string>> = {
    source: new Set(content.sources.map((e) => e.id)),
    place: new Set(content.places.map((e) => e.id)),
    route: new Set(content.routes.map((e) => e.id)),
    story: new Set(content.stories.map((e) => e.id)),
    chart: new Set(content.charts.map((e) => e.id)),
    'glossary term': new Set(content.glossary.map((e) => e.id)),
    'timeline event': new Set(content.timeline.map((e) => e.id)),
  };

  /** Field path inside an entry: keyed files prefix the id (`kk-park.sources[0]`). */
  const at = (e: Entry<unknown>, field: string) => (e.at ? `${e.at}.${field}` : field);

  const need = (e: Entry<unknown>, field: string, kind: Kind, id: string) => {
    if (!ids[kind].has(id)) {
      problems.push({ file: e.file, field: at(e, field), message: `unknown ${kind} "${id}"${didYouMean(id, ids[kind])}` });
    }
  };
  const needAll = (e: Entry<unknown>, field: string, kind: Kind, list: readonly string[]) =>
    list.forEach((id, i) => need(e, `${field}[${i}]`, kind, id));

  for (const e of content.places) needAll(e, 'sources', 'source', e.data.sources);
  for (const e of content.timeline) {
    needAll(e, 'sources', 'source', e.data.sources);
    needAll(e, 'places', 'place', e.data.places);
  }
  for (const e of content.glossary) {
    needAll(e, 'sources', 'source', e.data.sources);
    needAll(e, 'seeAlso', 'glossary term', e.data.seeAlso);
  }
  for (const e of content.charts) {
    needAll(e, 'sources', 'source', e.data.sources);
    problems.push(...checkChart(e, content, (field, kind, id) => need(e, field, kind, id)));
  }
  for (const e of content.pages) needAll(e, 'sources', 'source', e.data.sources);

  for (const e of content.routes) {
    needAll(e, 'sources', 'source', e.data.sources);
    needAll(e, 'stories', 'story', e.data.stories);
    e.data.legs.forEach((leg, i) => {
      need(e, `legs[${i}].from`, 'place', leg.from);
      need(e, `legs[${i}].to`, 'place', leg.to);
      if (leg.from === leg.to) {
        problems.push({ file: e.file, field: `legs[${i}]`, message: `a leg must go somewhere: "from" and "to" are both "${leg.from}"` });
      }
      const previous = e.data.legs[i - 1];
      if (previous && previous.to !== leg.from && ids.place.has(previous.to)) {
        problems.push({
          file: e.file,
          field: `legs[${i}].from`,
          message: `"${leg.from}" does not continue the route: the previous leg ends at "${previous.to}"`,
        });
      }
    });
  }

  const routesById = new Map(content.routes.map((r) => [r.id, r]));
  const storiesById = new Map(content.stories.map((s) => [s.id, s]));
  for (const e of content.stories) {
    needAll(e, 'sources', 'source', e.data.sources);
    needAll(e, 'heldAt', 'place', e.data.heldAt);
    (e.data.scenes ?? []).forEach((scene, i) => {
      needAll(e, `scenes[${i}].places`, 'place', scene.places);
      needAll(e, `scenes[${i}].routes`, 'route', scene.routes);
      if (scene.upTo !== undefined) need(e, `scenes[${i}].upTo`, 'place', scene.upTo);
    });
    if (e.data.route !== undefined) {
      need(e, 'route', 'route', e.data.route);
      const route = routesById.get(e.data.route);
      if (route && !route.data.stories.includes(e.id)) {
        problems.push({
          file: e.file,
          field: 'route',
          message: `route "${e.data.route}" does not list this story: add "${e.id}" to the stories of ${route.file}`,
        });
      }
    }
  }
  for (const e of content.routes) {
    e.data.stories.forEach((id, i) => {
      const story = storiesById.get(id);
      if (story && story.data.route !== e.id) {
        problems.push({
          file: e.file,
          field: `stories[${i}]`,
          message: `story "${id}" follows ${story.data.route ? `route "${story.data.route}"` : 'no route'}, not this one`,
        });
      }
    });
  }

  const stepOwner = new Map<string, string>();
  const orderOwner = new Map<number, string>();
  for (const e of content.chapters) {
    const clash = orderOwner.get(e.data.order);
    if (clash) problems.push({ file: e.file, field: 'order', message: `order ${e.data.order} is already used by ${clash}` });
    orderOwner.set(e.data.order, e.file);
    needAll(e, 'introSources', 'source', e.data.introSources);
    if (e.data.intro) needAll(e, 'intro (glossary link)', 'glossary term', glossaryLinks(e.data.intro));
    const opening = e.data.opening;
    if (opening) {
      if (e.data.order !== 1) problems.push({ file: e.file, field: 'opening', message: 'only the first chapter (order 1) may open the story' });
      opening.advert.forEach((a, i) => need(e, `opening.advert[${i}].source`, 'source', a.source));
      needAll(e, 'opening.sources', 'source', opening.sources);
      if (opening.account) need(e, 'opening.account', 'story', opening.account);
      opening.inBrief.forEach((b, i) => needAll(e, `opening.inBrief[${i}].sources`, 'source', b.sources));
    }

    e.data.steps.forEach((step, i) => {
      const field = `steps[${i}]`;
      const owner = stepOwner.get(step.id);
      if (owner) problems.push({ file: e.file, field: `${field}.id`, message: `duplicate step id "${step.id}" (also used in ${owner}): step ids must be unique across the story` });
      stepOwner.set(step.id, e.file);
      needAll(e, `${field}.sources`, 'source', step.sources);
      needAll(e, `${field}.accounts`, 'story', step.accounts);
      needAll(e, `${field}.text (glossary link)`, 'glossary term', glossaryLinks(step.text));

      const visual = step.visual;
      switch (visual.type) {
        case 'map':
          visual.places.forEach((p, j) => need(e, `${field}.visual.places[${j}]`, 'place', p.id));
          visual.routes.forEach((r, j) => need(e, `${field}.visual.routes[${j}]`, 'route', r.id));
          break;
        case 'chart':
          need(e, `${field}.visual.chart`, 'chart', visual.chart);
          break;
        default: {
          const unreachable: never = visual;
          throw new Error(`unhandled visual ${JSON.stringify(unreachable)}`);
        }
      }
    });
  }
  // "In brief" points at steps, which may be in any chapter: checked once all are known.
  for (const e of content.chapters) {
    e.data.opening?.inBrief.forEach((b, i) => {
      if (!stepOwner.has(b.step)) {
        problems.push({
          file: e.file,
          field: `opening.inBrief[${i}].step`,
          message: `unknown step "${b.step}"${didYouMean(b.step, new Set(stepOwner.keys()))}`,
        });
      }
    });
  }
  problems.push(...checkClassroomReferences(content));
  return problems;
}

/**
 * A chart's own references: the timeline events and accounts its rows name, and that every
 * source a row (or a timeline event) cites is listed in the chart's `sources`, so that the source
 * line under the chart is complete. A ledger row linked to an account must promise what the
 * account says was promised (`lure.usdPerMonth`).
 */
function checkChart(
  e: Entry<Chart>,
  content: Content,
  need: (field: string, kind: Kind, id: string) => void,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const chart = e.data;
  const listed = new Set(chart.sources);
  const knownSources = new Set(content.sources.map((s) => s.id));
  /** Sources a row cites that the chart does not list (unknown ids are reported once, as unknown). */
  const unlisted = (field: string, cited: readonly string[]) => {
    const missing = cited.filter((id) => knownSources.has(id) && !listed.has(id));
    if (missing.length > 0) {
      problems.push({
        file: e.file,
        field,
        message: `cites ${missing.map((id) => `"${id}"`).join(', ')}, missing from the chart's sources: add ${missing.length === 1 ? 'it' : 'them'} to sources`,
      });
    }
  };
  switch (chart.kind) {
    case 'bar':
      break;
    case 'ranges':
      chart.data.forEach((row, i) => {
        row.sources.forEach((id, j) => need(`data[${i}].sources[${j}]`, 'source', id));
        unlisted(`data[${i}].sources`, row.sources);
      });
      break;
    case 'ledger': {
      const stories = new Map(content.stories.map((s) => [s.id, s]));
      chart.data.forEach((row, i) => {
        row.sources.forEach((id, j) => need(`data[${i}].sources[${j}]`, 'source', id));
        unlisted(`data[${i}].sources`, row.sources);
        if (row.account === undefined) return;
        need(`data[${i}].account`, 'story', row.account);
        const promised = stories.get(row.account)?.data.lure.usdPerMonth;
        if (promised !== undefined && promised !== row.promised.usd) {
          problems.push({
            file: e.file,
            field: `data[${i}].promised.usd`,
            message: `is ${row.promised.usd}, but the account "${row.account}" says ${promised} (lure.usdPerMonth): make them agree`,
          });
        }
      });
      break;
    }
    case 'timeline': {
      if (chart.events === 'all') {
        for (const t of content.timeline) unlisted(`events (all, "${t.id}")`, t.data.sources);
        break;
      }
      const events = new Map(content.timeline.map((t) => [t.id, t]));
      const seen = new Set<string>();
      chart.events.forEach(({ event }, i) => {
        const field = `events[${i}]`;
        need(field, 'timeline event', event);
        if (seen.has(event)) problems.push({ file: e.file, field, message: `event "${event}" is listed twice` });
        seen.add(event);
        const found = events.get(event);
        if (found) unlisted(field, found.data.sources);
      });
      break;
    }
    default: {
      const unreachable: never = chart;
      throw new Error(`unhandled chart kind ${JSON.stringify(unreachable)}`);
    }
  }
  return problems;
}
