/** Verdict names, short labels and colour tones shared by badges, rows and banners. */

export type Tone = "success" | "danger" | "warning" | "info" | "neutral";

interface VerdictInfo {
  label: string;
  tone: Tone;
}

const VERDICTS: Record<string, VerdictInfo> = {
  AC: { label: "Accepted", tone: "success" },
  WA: { label: "Wrong Answer", tone: "danger" },
  TLE: { label: "Time Limit Exceeded", tone: "warning" },
  MLE: { label: "Memory Limit Exceeded", tone: "warning" },
  OLE: { label: "Output Limit Exceeded", tone: "warning" },
  RE: { label: "Runtime Error", tone: "danger" },
  CE: { label: "Compile Error", tone: "danger" },
  JE: { label: "Judge Error", tone: "info" },
};

export function verdictLabel(verdict: string | null | undefined): string {
  if (!verdict) return "Pending";
  return VERDICTS[verdict]?.label ?? verdict;
}

export function verdictTone(verdict: string | null | undefined): Tone {
  if (!verdict) return "neutral";
  return VERDICTS[verdict]?.tone ?? "neutral";
}

export const ALL_VERDICTS = Object.keys(VERDICTS);

export type Difficulty = "easy" | "medium" | "hard";

export function difficultyTone(difficulty: string | null | undefined): Tone {
  switch (difficulty?.toLowerCase()) {
    case "easy":
      return "success";
    case "medium":
      return "warning";
    case "hard":
      return "danger";
    default:
      return "neutral";
  }
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
