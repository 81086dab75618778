import { useState, type SyntheticEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useLogin } from "../../api/auth";
import { errorMessage } from "../../api/client";
import { useTitle } from "../../lib/useTitle";
import { AuthCard, ProviderButtons, safeNext } from "./AuthForm";
import { Field } from "../../components/Field";

export default function SignInPage() {
  useTitle("Sign in");
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  // Set by the API when signing in with a provider failed or was refused (shown as text).
  const providerError = params.get("oauth_error");
  const navigate = useNavigate();
  const login = useLogin();
  const [form, setForm] = useState({ login: "", password: "" });
  const onSubmit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    login.mutate(form, { onSuccess: () => void navigate(next, { replace: true }) });
  };
  return (
    <AuthCard
      title="Sign in to Assay"
      footer={
        <>
          New here? <Link to={`/register?next=${encodeURIComponent(next)}`}>Create an account</Link>
        </>
      }
    >
      {providerError && (
        <p className="form-error" role="alert">
          {providerError}
        </p>
      )}
      <ProviderButtons next={next} />
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Username or email"
          name="login"
          autoComplete="username"
          autoFocus
          required
          value={form.login}
          onChange={(e) => setForm({ ...form, login: e.target.value })}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        {login.error && (
          <p className="form-error" role="alert">
            {errorMessage(login.error)}
          </p>
        )}
        <button className="btn btn-primary btn-block" disabled={login.isPending}>
          {login.isPending && <span className="spinner" aria-hidden="true" />} Sign in
        </button>
      </form>
    </AuthCard>
  );
}
