/**
 * Every kind of chart drawn as SVG markup: the one dispatcher that knows them all. A chart kind
 * added to the schema fails to compile here until it is drawn (exhaustive switch).
 *
 * `chartSvgs` gives one drawing per width of `CHART_WIDTHS` (a page shows the one that fits, see
 * `charts.css`); `chartSvg` one drawing at one of those widths (for a file or a picture).
 */
import type { Chart } from '../content/schema';
import { formatNumber } from '../format/number';
import { layoutBars } from './bar-layout';
import { barSvg } from './bar-svg';
import { layoutLedger } from './ledger-layout';
import { ledgerSvg } from './ledger-svg';
import { layoutRanges } from './ranges-layout';
import { rangesSvg } from './ranges-svg';
import { rangeLabel, timelineEvents, type ChartLookups } from './rows';
import { layoutTimeline } from './timeline-layout';
import { timelineSvg } from './timeline-svg';
import { bandsOf, DRAWN_WIDTHS } from './type';

/** Options for drawing a chart. */
export interface DrawOptions extends ChartLookups {
  /** Id of the element that holds the chart's text alternative (each drawing's `aria-labelledby`). */
  labelledBy: string;
}

/**
 * One drawing of `chart`, `width` CSS px wide, shown in the width bands `bands` (by default its
 * own: see `bandsOf`).
 */
export function chartSvg(chart: Chart, width: number, options: DrawOptions, bands?: readonly number[]): string {
  const frame = { labelledBy: options.labelledBy, ...(bands ? { bands } : {}) };
  switch (chart.kind) {
    case 'bar':
      return barSvg(layoutBars(chart.data, { width, format: formatNumber }), frame);
    case 'ranges':
      return rangesSvg(
        layoutRanges(
          chart.data.map((row) => ({ ...row, label: rangeLabel(row) })),
          { width, format: formatNumber },
        ),
        frame,
      );
    case 'ledger':
      return ledgerSvg(layoutLedger(chart.data, { width }), frame);
    case 'timeline': {
      if (!options.timeline) throw new Error('chartSvg: a timeline chart needs the timeline (options.timeline)');
      const events = timelineEvents(chart, options.timeline).map(({ event, label }) => ({
        date: event.date,
        approximate: event.approximate,
        label,
      }));
      return timelineSvg(layoutTimeline(events, { width }), frame);
    }
    default: {
      const unreachable: never = chart;
      throw new Error(`chartSvg: unknown chart ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Every drawing of `chart`, narrowest first: one per width its kind is drawn at (`DRAWN_WIDTHS`). */
export function chartSvgs(chart: Chart, options: DrawOptions): string[] {
  const widths: readonly number[] = DRAWN_WIDTHS[chart.kind];
  return widths.map((width) => chartSvg(chart, width, options, bandsOf(width, widths)));
}
