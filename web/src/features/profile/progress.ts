/** Ordering the profile's progress rows. */

const DIFFICULTY_ORDER = ["easy", "medium", "hard"];

function difficultyRank(difficulty: string): number {
  const i = DIFFICULTY_ORDER.indexOf(difficulty.toLowerCase());
  return i === -1 ? DIFFICULTY_ORDER.length : i;
}

/** Easy, medium, hard, then anything else ("" = no difficulty) last. */
export function sortByDifficulty<T extends { difficulty: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => difficultyRank(a.difficulty) - difficultyRank(b.difficulty));
}

/** Topics with progress first (most solved share, then most solved), then the rest by size, then by name. */
export function sortTopics<T extends { tag: string; solved: number; total: number }>(rows: readonly T[]): T[] {
  const share = (r: T) => (r.total ? r.solved / r.total : 0);
  return [...rows].sort(
    (a, b) =>
      Number(b.solved > 0) - Number(a.solved > 0) ||
      share(b) - share(a) ||
      b.solved - a.solved ||
      b.total - a.total ||
      a.tag.localeCompare(b.tag),
  );
}
