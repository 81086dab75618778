import type { InputHTMLAttributes, ReactNode } from "react";

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: ReactNode;
  help?: ReactNode; // shown under the input, and announced with it
  error?: string | null; // the server's message for this field
}

/** A labelled form input with its help text and the server's error for it. */
export function Field({ label, help, error, ...input }: FieldProps) {
  const helpId = help ? `${input.name}-help` : undefined;
  return (
    <label className="field">
      <span>{label}</span>
      <input className="input" aria-describedby={helpId} aria-invalid={error ? true : undefined} {...input} />
      {help && (
        <small id={helpId} className="muted">
          {help}
        </small>
      )}
      {error && <small className="field-error">{error}</small>}
    </label>
  );
}
