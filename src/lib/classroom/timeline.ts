/** Lesson timing: turns a lesson's parts and their minutes into a running timeline. */

/** A part of a lesson with the minute it starts and ends, counted from the start of the lesson. */
export interface TimedSegment<S> {
  readonly segment: S;
  readonly from: number;
  readonly to: number;
}

/** `[5, 10, 15]` minutes → parts from 0–5, 5–15 and 15–30, and the total (30). */
export function lessonTimeline<S extends { minutes: number }>(
  segments: readonly S[],
): { segments: TimedSegment<S>[]; total: number } {
  let clock = 0;
  const timed = segments.map((segment) => {
    const from = clock;
    clock += segment.minutes;
    return { segment, from, to: clock };
  });
  return { segments: timed, total: clock };
}
