/** Transient notifications; errors from the API show their own message here. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { AlertIcon, CheckCircleIcon, XIcon } from "./Icons";
import "./toasts.css";

type ToastKind = "error" | "success" | "info";

interface Toast {
  id: number;
  kind: ToastKind;
  title: string;
  message?: string;
}

interface ToastApi {
  show: (kind: ToastKind, title: string, message?: string) => void;
  error: (title: string, message?: string) => void;
  success: (title: string, message?: string) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const LIFETIME_MS = 6000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (kind: ToastKind, title: string, message?: string) => {
      const id = nextId.current++;
      setToasts((ts) => {
        // the same message twice in a row (e.g. several failing queries) is shown once
        const dup = ts.find((t) => t.title === title && t.message === message);
        return dup ? ts : [...ts.slice(-3), { id, kind, title, message }];
      });
      setTimeout(() => dismiss(id), kind === "error" ? LIFETIME_MS * 1.5 : LIFETIME_MS);
    },
    [dismiss],
  );
  const api = useMemo<ToastApi>(
    () => ({
      show,
      error: (title, message) => show("error", title, message),
      success: (title, message) => show("success", title, message),
    }),
    [show],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="region" aria-label="Notifications">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === "error" ? "alert" : "status"}>
            {t.kind === "success" ? <CheckCircleIcon className="toast-icon" /> : <AlertIcon className="toast-icon" />}
            <div className="toast-body">
              <div className="toast-title">{t.title}</div>
              {t.message && <div className="toast-message">{t.message}</div>}
            </div>
            <button className="btn btn-ghost btn-icon btn-sm" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              <XIcon size={14} />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error("useToast outside ToastProvider");
  return ctx;
}
