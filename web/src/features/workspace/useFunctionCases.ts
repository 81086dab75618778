/**
 * The editable test cases of a function problem: initialised from the examples, saved per problem
 * in local storage, with the selected case, the client-side check (shown once a Run was tried)
 * and the judge's last refusal.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { FunctionSpec } from "../../api/problems";
import {
  CaseStore,
  MAX_CASES,
  caseFieldNames,
  exampleCases,
  locateServerError,
  sameCases,
  validateCases,
  type FieldError,
  type FunctionCase,
} from "../../lib/functionCases";

const EMPTY_SPEC: FunctionSpec = { kind: "function", name: "", params: [], returns: "", methods: [], cases: [] };

export function useFunctionCases(slug: string, spec: FunctionSpec | null | undefined) {
  const s = spec ?? EMPTY_SPEC;
  const fields = useMemo(() => caseFieldNames(s), [s]);
  const examples = useMemo(() => exampleCases(s.cases, fields.length), [s.cases, fields.length]);
  const store = useMemo(() => new CaseStore(), []);
  const [cases, setCases] = useState<FunctionCase[]>(() => (spec && store.load(slug, fields.length)) || examples);
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState(false); // a Run was tried: show the client-side errors
  const [serverError, setServerError] = useState<string | null>(null);

  useEffect(() => {
    if (!spec) return;
    if (sameCases(cases, examples)) store.clear(slug);
    else store.save(slug, cases);
  }, [spec, store, slug, cases, examples]);

  const edit = useCallback((next: (prev: FunctionCase[]) => FunctionCase[]) => {
    setCases(next);
    setServerError(null);
  }, []);

  const setField = useCallback(
    (caseIndex: number, fieldIndex: number, text: string) =>
      edit((prev) => prev.map((c, i) => (i === caseIndex ? c.map((f, j) => (j === fieldIndex ? text : f)) : c))),
    [edit],
  );

  const addCase = useCallback(() => {
    if (cases.length >= MAX_CASES) return;
    const copy = [...(cases[active] ?? cases[cases.length - 1] ?? [])];
    edit((prev) => [...prev, copy]);
    setActive(cases.length);
  }, [cases, active, edit]);

  const removeCase = useCallback(
    (index: number) => {
      if (cases.length <= 1) return;
      edit((prev) => prev.filter((_, i) => i !== index));
      setActive((a) => (a > index || a === cases.length - 1 ? Math.max(0, a - 1) : a));
    },
    [cases.length, edit],
  );

  const reset = useCallback(() => {
    edit(() => examples);
    setActive(0);
    setChecked(false);
  }, [edit, examples]);

  const errors = useMemo<FieldError[]>(() => (checked ? validateCases(cases, s.kind) : []), [checked, cases, s.kind]);
  const serverLocation = useMemo(
    () => (serverError ? locateServerError(serverError, fields) : null),
    [serverError, fields],
  );

  /** Before a run: the cases to send, or null (and the first bad case selected) when some fail. */
  const prepare = useCallback((): FunctionCase[] | null => {
    setChecked(true);
    setServerError(null);
    const found = validateCases(cases, s.kind);
    const first = found[0];
    if (first) {
      setActive(first.caseIndex);
      return null;
    }
    return cases;
  }, [cases, s.kind]);

  /** The judge refused the cases (HTTP 422): show why, on the case it names. */
  const refuse = useCallback(
    (message: string) => {
      setServerError(message);
      const at = locateServerError(message, fields);
      if (at && at.caseIndex < cases.length) setActive(at.caseIndex);
    },
    [fields, cases.length],
  );

  return {
    fields,
    cases,
    active: Math.min(active, cases.length - 1),
    setActive,
    setField,
    addCase,
    removeCase,
    reset,
    isExamples: sameCases(cases, examples),
    errors,
    serverError,
    serverLocation,
    prepare,
    refuse,
  };
}

export type FunctionCasesState = ReturnType<typeof useFunctionCases>;
