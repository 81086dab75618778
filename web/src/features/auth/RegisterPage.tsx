import { useState, type SyntheticEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useRegister } from "../../api/auth";
import { ApiError, errorMessage } from "../../api/client";
import { useTitle } from "../../lib/useTitle";
import { AuthCard, ProviderButtons, safeNext } from "./AuthForm";
import { Field } from "../../components/Field";

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
        <Field
          label="Username"
          name="username"
          autoComplete="username"
          autoFocus
          required
          minLength={3}
          maxLength={32}
          pattern="[A-Za-z0-9][A-Za-z0-9_.\-]{2,31}"
          help="3–32 letters, digits, “_”, “.” or “-”."
          error={fieldError(err, "username")}
          value={form.username}
          onChange={(e) => setForm({ ...form, username: e.target.value })}
        />
        <Field
          label={
            <>
              Email <span className="muted">(optional)</span>
            </>
          }
          name="email"
          type="email"
          autoComplete="email"
          error={fieldError(err, "email")}
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          help="At least 8 characters."
          error={fieldError(err, "password")}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
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
