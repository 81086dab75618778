/**
 * Which hints are visible: they are revealed in order (hint k+1 only once hint k was opened),
 * and a revealed hint can be collapsed and expanded again.
 */

export interface HintState {
  /** How many hints have been revealed (the first `revealed` ones). */
  revealed: number;
  /** The revealed hints that are currently expanded, by index. */
  expanded: readonly number[];
}

export const NO_HINTS: HintState = { revealed: 0, expanded: [] };

export type HintStatus = "locked" | "next" | "open" | "closed";

/** "next": can be revealed now; "locked": an earlier hint must be opened first. */
export function hintStatus(state: HintState, index: number): HintStatus {
  if (index < state.revealed) return state.expanded.includes(index) ? "open" : "closed";
  return index === state.revealed ? "next" : "locked";
}

/** A click on hint `index` of `total`: reveals the next one, or folds and unfolds a revealed one. */
export function toggleHint(state: HintState, index: number, total: number): HintState {
  if (index < 0 || index >= total) return state;
  switch (hintStatus(state, index)) {
    case "locked":
      return state;
    case "next":
      return { revealed: index + 1, expanded: [...state.expanded, index] };
    case "open":
      return { ...state, expanded: state.expanded.filter((i) => i !== index) };
    case "closed":
      return { ...state, expanded: [...state.expanded, index] };
  }
}
