import { describe, expect, it } from "vitest";
import { beatsFromBuckets, bucketIndex, calendarWeeks, fromUpperBounds } from "./stats";

describe("calendarWeeks", () => {
  it("ends on today and starts on a Sunday", () => {
    const today = new Date(Date.UTC(2024, 4, 15)); // a Wednesday
    const weeks = calendarWeeks(
      [
        { date: "2024-05-15", count: 4 },
        { date: "2024-05-14", count: 1 },
      ],
      today,
      3,
    );
    expect(weeks).toHaveLength(3);
    expect(weeks[0]?.[0]?.date).toBe("2024-04-28");
    const lastWeek = weeks[2] ?? [];
    expect(lastWeek.map((d) => d.date)).toEqual(["2024-05-12", "2024-05-13", "2024-05-14", "2024-05-15"]);
    expect(lastWeek[3]).toMatchObject({ count: 4, level: 4 });
    expect(lastWeek[2]).toMatchObject({ count: 1, level: 1 });
    expect(lastWeek[0]?.level).toBe(0);
  });
});

describe("bucketed runtimes", () => {
  const buckets = fromUpperBounds([
    { upper_s: 0.2, count: 2 },
    { upper_s: 0.1, count: 2 },
    { upper_s: 0.4, count: 4 },
  ]);
  it("turns upper bounds into ranges", () => {
    expect(buckets).toEqual([
      { from: 0, to: 0.1, count: 2 },
      { from: 0.1, to: 0.2, count: 2 },
      { from: 0.2, to: 0.4, count: 4 },
    ]);
  });
  it("estimates the share of the other solutions that are slower", () => {
    // mine is one of the two in (0.1, 0.2]: 4 slower, 1 tie (half), 2 faster, of 7 others
    expect(beatsFromBuckets(buckets, 0.15)).toBeCloseTo(4.5 / 7);
    expect(beatsFromBuckets(buckets, 0.05)).toBeCloseTo(6.5 / 7);
    expect(beatsFromBuckets(buckets, 0.4)).toBeCloseTo(1.5 / 7);
    expect(beatsFromBuckets([], 1)).toBeNull();
  });
  it("finds the bucket of a value", () => {
    expect(bucketIndex(buckets, 0)).toBe(0);
    expect(bucketIndex(buckets, 0.1)).toBe(0);
    expect(bucketIndex(buckets, 0.11)).toBe(1);
    expect(bucketIndex(buckets, 9)).toBe(2);
  });
  it("has nobody to compare with when mine is the only one", () => {
    expect(beatsFromBuckets([{ from: 0, to: 0.03, count: 1 }], 0.03)).toBeNull();
  });
});
