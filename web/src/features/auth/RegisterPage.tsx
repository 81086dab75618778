import { useState, type SyntheticEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useRegister } from "../../api/auth";
import { ApiError, errorMessage } from "../../api/client";
import { useTitle } from "../../lib/useTitle";
import { AuthCard, ProviderButtons, safeNext } from "./AuthForm";

function fieldError(error: unknown, field: string): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.fieldErrors.find((f) => f.field.endsWith(`.${field}`))?.message ?? null;
}

export default function RegisterPage() {
  useTitle("Register");
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const register = useRegister();
  const [form, setForm] = useState({ username: "", email: "", password: "" });
  const onSubmit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    register.mutate(
      { username: form.username, password: form.password, email: form.email || null },
      { onSuccess: () => void navigate(next, { replace: true }) },
    );
  };
  const err = register.error;
  const hasFieldErrors = err instanceof ApiError && err.fieldErrors.length > 0;
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account? <Link to={`/login?next=${encodeURIComponent(next)}`}>Sign in</Link>
        </>
      }
    >
      <ProviderButtons next={next} />
      <form onSubmit={onSubmit} noValidate>
        <label className="field">
          <span>Username</span>
          <input
            className="input"
            name="username"
            autoComplete="username"
            autoFocus
            required
            minLength={3}
            maxLength={32}
            pattern="[A-Za-z0-9][A-Za-z0-9_.\-]{2,31}"
            aria-describedby="username-help"
            value={form.username}
            onChange={(e) => setForm({ ...form, username: e.target.value })}
          />
          <small id="username-help" className="muted">
            3–32 letters, digits, “_”, “.” or “-”.
          </small>
          {fieldError(err, "username") && <small className="field-error">{fieldError(err, "username")}</small>}
        </label>
        <label className="field">
          <span>
            Email <span className="muted">(optional)</span>
          </span>
          <input
            className="input"
            name="email"
            type="email"
            autoComplete="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
          {fieldError(err, "email") && <small className="field-error">{fieldError(err, "email")}</small>}
        </label>
        <label className="field">
          <span>Password</span>
          <input
            className="input"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
          <small className="muted">At least 8 characters.</small>
          {fieldError(err, "password") && <small className="field-error">{fieldError(err, "password")}</small>}
        </label>
        {err && !hasFieldErrors && (
          <p className="form-error" role="alert">
            {errorMessage(err)}
          </p>
        )}
        <button className="btn btn-primary btn-block" disabled={register.isPending}>
          {register.isPending && <span className="spinner" aria-hidden="true" />} Create account
        </button>
      </form>
    </AuthCard>
  );
}
