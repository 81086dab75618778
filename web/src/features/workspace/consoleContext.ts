/** The workspace console's state, shared through a React context. */
import { createContext, useContext } from "react";
import type { ProblemDetail } from "../../api/problems";
import type { RuntimeStanding } from "../../components/judge/VerdictBanner";
import type { Diagnostic } from "../../lib/diagnostics";
import type { WatchStatus } from "../../lib/submissionWatcher";
import type { RanCases } from "./FunctionConsole";
import type { JudgeProgress } from "./judgeProgress";
import type { FunctionCasesState } from "./useFunctionCases";
import type { JudgeKind } from "./useJudge";

export type ConsoleTab = "testcase" | "result";

/** What the console shows and how it talks back to the workspace: one value, provided by the
 * workspace page, instead of a prop per field passed through every part of the console. */
export interface ConsoleState {
  problem: ProblemDetail;
  tab: ConsoleTab;
  onTab: (tab: ConsoleTab) => void;
  customInput: string;
  onCustomInput: (text: string) => void;
  useCustom: boolean;
  onUseCustom: (on: boolean) => void;
  progress: JudgeProgress;
  kind: JudgeKind | null;
  ranCustom: boolean; // the last Run used the custom input
  submissionId: number | null;
  connection: WatchStatus | null;
  standing: RuntimeStanding | null;
  onJump: (d: Diagnostic) => void;
  cases: FunctionCasesState | null; // function problems: the editable cases
  ranCases: RanCases | null; // the cases the last Run sent
}

export const ConsoleContext = createContext<ConsoleState | null>(null);

export function useConsole(): ConsoleState {
  const state = useContext(ConsoleContext);
  if (state === null) throw new Error("the console is used outside its ConsoleContext provider");
  return state;
}
