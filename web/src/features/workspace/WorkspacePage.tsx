/**
 * The problem workspace: statement on the left; editor above the console on the right, in
 * resizable panes. Run is Ctrl/Cmd+Enter and Submit Ctrl/Cmd+Shift+Enter, anywhere on the page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Panel, PanelGroup, PanelResizeHandle } from "react-resizable-panels";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useMe } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useProblem, useProblemStats, type ProblemDetail } from "../../api/problems";
import { DifficultyBadge } from "../../components/Badges";
import { ChevronLeftIcon, PlayIcon, UploadIcon } from "../../components/Icons";
import { PageLoading } from "../../components/Layout";
import type { CodeEditorHandle } from "../../components/editor";
import type { RuntimeStanding } from "../../components/judge/VerdictBanner";
import { useToast } from "../../components/toasts";
import { parseDiagnostics, type Diagnostic } from "../../lib/diagnostics";
import { serializeCases } from "../../lib/functionCases";
import { fromUpperBounds } from "../../lib/stats";
import { useTitle } from "../../lib/useTitle";
import { NotFound } from "../NotFoundPage";
import { numberedTitle } from "../problems/catalogue";
import { ConsolePanel } from "./ConsolePanel";
import { EditorPanel } from "./EditorPanel";
import type { RanCases } from "./FunctionConsole";
import { SidePanel, type SideTab } from "./SidePanel";
import { isBusy } from "./judgeProgress";
import { useFunctionCases } from "./useFunctionCases";
import { judgingOn, useJudge, type JudgeKind } from "./useJudge";
import { FUNCTION_DEFAULT_ORDER, useLanguageDrafts } from "./useLanguageDrafts";
import "./workspace.css";
import { ConsoleContext, type ConsoleTab } from "./consoleContext";

const SIDE_TABS: readonly SideTab[] = ["description", "editorial", "submissions", "history"];

function useStanding(problem: ProblemDetail, language: string, enabled: boolean): RuntimeStanding | null {
  const stats = useProblemStats(problem.slug, enabled);
  return useMemo(() => {
    const dist = stats.data?.runtimes.find((r) => r.language === language);
    if (!dist) return null;
    const name = problem.languages.find((l) => l.id === language)?.name ?? language;
    return { language: name, buckets: fromUpperBounds(dist.buckets) };
  }, [stats.data, language, problem.languages]);
}

function Workspace({ problem }: { problem: ProblemDetail }) {
  useTitle(problem.title);
  const me = useMe();
  const toast = useToast();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get("tab") as SideTab | null;
  const sideTab: SideTab =
    tabParam && SIDE_TABS.includes(tabParam) && (tabParam !== "editorial" || problem.has_editorial)
      ? tabParam
      : "description";
  const fn = problem.function ?? null;
  const drafts = useLanguageDrafts(problem.slug, problem.languages, fn ? FUNCTION_DEFAULT_ORDER : undefined);
  const cases = useFunctionCases(problem.slug, fn);
  const [ranCases, setRanCases] = useState<RanCases | null>(null);
  const judge = useJudge(problem.slug);
  const editor = useRef<CodeEditorHandle | null>(null);
  // Reattached after a reload mid-judging (useJudge): show the results coming in.
  const [consoleTab, setConsoleTab] = useState<ConsoleTab>(() => (judgingOn(problem.slug) ? "result" : "testcase"));
  const [customInput, setCustomInput] = useState(problem.samples[0]?.input ?? "");
  const [useCustom, setUseCustom] = useState(false);
  const [ranCustom, setRanCustom] = useState(false);
  const language = drafts.language;

  const p = judge.progress;
  const diagnostics = useMemo<Diagnostic[]>(
    () => (p.compile && !p.compile.ok ? parseDiagnostics(p.compile.output) : []),
    [p.compile],
  );
  const finishedAccepted = p.phase === "finished" && p.result?.verdict === "AC" && judge.kind === "submit";
  const standing = useStanding(problem, language?.id ?? "", finishedAccepted);

  const start = useCallback(
    (kind: JudgeKind) => {
      if (!language || isBusy(judge.progress)) return;
      if (!me.data) {
        toast.error("Sign in to run code", "Running and submitting need an account.");
        void navigate(`/login?next=${encodeURIComponent(`/problems/${problem.slug}`)}`);
        return;
      }
      drafts.flush();
      const source = editor.current?.getValue() ?? drafts.initialCode(language);
      if (fn && kind === "run") {
        // a function problem runs on its editable cases, checked here first
        const toSend = cases.prepare();
        if (!toSend) {
          setConsoleTab("testcase");
          return;
        }
        setConsoleTab("result");
        setRanCustom(true);
        setRanCases({ fields: cases.fields, cases: toSend });
        void judge
          .start(kind, { problem: problem.slug, language: language.id, source, custom_input: serializeCases(toSend) })
          .then((error) => {
            if (error instanceof ApiError && error.status === 422) {
              cases.refuse(error.message);
              setConsoleTab("testcase");
            }
          });
        return;
      }
      setConsoleTab("result");
      setRanCustom(kind === "run" && useCustom);
      void judge.start(kind, {
        problem: problem.slug,
        language: language.id,
        source,
        custom_input: kind === "run" && useCustom ? customInput : null,
      });
    },
    [language, judge, me.data, toast, navigate, problem.slug, drafts, useCustom, customInput, fn, cases],
  );

  const startRef = useRef(start);
  startRef.current = start;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // inside Monaco the editor's own command already ran and marked the event handled
      if (e.defaultPrevented || e.key !== "Enter" || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      e.preventDefault();
      startRef.current(e.shiftKey ? "submit" : "run");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  if (!language) {
    return <div className="empty">No language is available for this problem.</div>;
  }
  const busy = judge.busy;
  return (
    <div className="workspace">
      <div className="ws-toolbar">
        <Link to="/problems" className="btn btn-ghost btn-sm" aria-label="Back to problems">
          <ChevronLeftIcon size={15} /> Problems
        </Link>
        <span className="ws-title" title={problem.title}>
          {numberedTitle(problem)}
        </span>
        <DifficultyBadge difficulty={problem.difficulty} />
        <span className="spacer" />
        <button
          className="btn"
          onClick={() => start("run")}
          disabled={busy}
          title={fn ? "Run on your test cases (Ctrl/Cmd + Enter)" : "Run on the samples (Ctrl/Cmd + Enter)"}
          data-testid="run-button"
        >
          {busy && judge.kind === "run" ? <span className="spinner" aria-hidden="true" /> : <PlayIcon size={14} />}
          Run
        </button>
        <button
          className="btn btn-submit"
          onClick={() => start("submit")}
          disabled={busy}
          title="Submit against every test (Ctrl/Cmd + Shift + Enter)"
          data-testid="submit-button"
        >
          {busy && judge.kind === "submit" ? <span className="spinner" aria-hidden="true" /> : <UploadIcon size={14} />}
          Submit
        </button>
      </div>
      <PanelGroup direction="horizontal" autoSaveId="assay:ws:h" className="ws-panels">
        <Panel defaultSize={44} minSize={22} order={1}>
          <SidePanel
            problem={problem}
            tab={sideTab}
            accepted={finishedAccepted}
            onTab={(t) => {
              const next = new URLSearchParams(params);
              if (t === "description") next.delete("tab");
              else next.set("tab", t);
              setParams(next, { replace: true });
            }}
          />
        </Panel>
        <PanelResizeHandle className="resize-handle resize-h" aria-label="Resize statement and editor" />
        <Panel defaultSize={56} minSize={30} order={2}>
          <PanelGroup direction="vertical" autoSaveId="assay:ws:v">
            <Panel defaultSize={58} minSize={20} order={1}>
              <EditorPanel
                slug={problem.slug}
                languages={problem.languages}
                unsupported={problem.function?.unsupported_languages ?? []}
                language={language}
                initialCode={drafts.initialCode}
                onLanguage={drafts.selectLanguage}
                onChange={drafts.onCodeChange}
                onReset={() => {
                  drafts.resetDraft();
                  editor.current?.replaceAll(language.starter_code);
                }}
                onRun={() => start("run")}
                onSubmit={() => start("submit")}
                diagnostics={diagnostics}
                handleRef={(h) => {
                  editor.current = h;
                }}
              />
            </Panel>
            <PanelResizeHandle className="resize-handle resize-v" aria-label="Resize editor and console" />
            <Panel defaultSize={42} minSize={12} order={2}>
              <ConsoleContext.Provider
                value={{
                  problem,
                  tab: consoleTab,
                  onTab: setConsoleTab,
                  customInput,
                  onCustomInput: setCustomInput,
                  useCustom,
                  onUseCustom: setUseCustom,
                  progress: p,
                  kind: judge.kind,
                  ranCustom,
                  submissionId: judge.id,
                  connection: judge.connection,
                  standing,
                  onJump: (d) => editor.current?.revealLine(d.line, d.column),
                  cases: fn ? cases : null,
                  ranCases,
                }}
              >
                <ConsolePanel />
              </ConsoleContext.Provider>
            </Panel>
          </PanelGroup>
        </Panel>
      </PanelGroup>
    </div>
  );
}

export default function WorkspacePage() {
  const { slug = "" } = useParams();
  const problem = useProblem(slug);
  if (problem.isPending) return <PageLoading />;
  if (problem.error instanceof ApiError && problem.error.status === 404) {
    return <NotFound what="problem" />;
  }
  if (!problem.data) return <div className="empty">The problem could not be loaded.</div>;
  return <Workspace key={problem.data.slug} problem={problem.data} />;
}
