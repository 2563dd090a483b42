/** The dates of a showcase's event, inclusive, as YYYY-MM-DD. */
export interface EventDates {
  start: string;
  end: string;
}

/** Whether `date` (YYYY-MM-DD) falls within the event, first and last day included. */
export const isDuringEvent = (event: EventDates, date: string): boolean => event.start <= date && date <= event.end;

/**
 * The showcases whose event is on at `date`, for the home page banner: Low-Carbon Day first
 * (it is the day within the week the press asks about), then by start date.
 */
export function currentShowcases<T extends { data: EventDates & { event: string } }>(entries: readonly T[], date: string): T[] {
  return entries
    .filter((e) => isDuringEvent(e.data, date))
    .sort((a, b) => Number(b.data.event === 'low-carbon-day') - Number(a.data.event === 'low-carbon-day') || a.data.start.localeCompare(b.data.start));
}

/** Newest event first; for the same start date, the longer event (the week) before the day. */
export const byEventNewestFirst = <T extends { data: EventDates }>(a: T, b: T): number =>
  b.data.start.localeCompare(a.data.start) || b.data.end.localeCompare(a.data.end);
