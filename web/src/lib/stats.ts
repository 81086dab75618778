/** Small statistics for the verdict banner's runtime chart and the profile heat-map. */

export interface Bucket {
  from: number;
  to: number;
  count: number;
}

/**
 * The share of the *other* accepted solutions that are slower than `mine`, from bucketed counts
 * that include mine: one solution is taken out of my bucket, and the rest of my bucket counts as
 * ties (half). Null when there is nobody else to compare with.
 */
export function beatsFromBuckets(buckets: readonly Bucket[], mine: number): number | null {
  const at = bucketIndex(buckets, mine);
  let others = 0;
  let worse = 0;
  buckets.forEach((b, i) => {
    const count = i === at ? Math.max(0, b.count - 1) : b.count;
    others += count;
    if (i > at) worse += count;
    else if (i === at) worse += count / 2;
  });
  return others > 0 ? worse / others : null;
}

/** Buckets given by their upper bounds only (the first starts at 0), sorted. */
export function fromUpperBounds(buckets: readonly { upper_s: number; count: number }[]): Bucket[] {
  const sorted = [...buckets].sort((a, b) => a.upper_s - b.upper_s);
  return sorted.map((b, i) => ({ from: i === 0 ? 0 : (sorted[i - 1]?.upper_s ?? 0), to: b.upper_s, count: b.count }));
}

export function bucketIndex(buckets: readonly Bucket[], value: number): number {
  if (!buckets.length) return -1;
  const i = buckets.findIndex((b) => value > b.from && value <= b.to);
  if (i !== -1) return i;
  return value <= (buckets[0]?.from ?? 0) ? 0 : buckets.length - 1;
}

export interface HeatDay {
  date: string; // YYYY-MM-DD (UTC)
  count: number;
}

export interface HeatCell extends HeatDay {
  level: 0 | 1 | 2 | 3 | 4;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function level(count: number, max: number): HeatCell["level"] {
  if (count <= 0 || max <= 0) return 0;
  const r = count / max;
  if (r > 0.75) return 4;
  if (r > 0.5) return 3;
  if (r > 0.25) return 2;
  return 1;
}

/**
 * Columns of 7 days (Sunday first) ending with the week of `today`, `weeks` columns long,
 * as a calendar heat-map draws them. Days after today are left out of the last column.
 */
export function calendarWeeks(days: readonly HeatDay[], today: Date, weeks = 53): HeatCell[][] {
  const counts = new Map(days.map((d) => [d.date, d.count]));
  const max = Math.max(0, ...days.map((d) => d.count));
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const start = new Date(end);
  start.setUTCDate(start.getUTCDate() - end.getUTCDay() - 7 * (weeks - 1));
  const out: HeatCell[][] = [];
  for (let w = 0; w < weeks; w++) {
    const column: HeatCell[] = [];
    for (let d = 0; d < 7; d++) {
      const day = new Date(start);
      day.setUTCDate(start.getUTCDate() + w * 7 + d);
      if (day > end) break;
      const date = isoDay(day);
      const count = counts.get(date) ?? 0;
      column.push({ date, count, level: level(count, max) });
    }
    out.push(column);
  }
  return out;
}
