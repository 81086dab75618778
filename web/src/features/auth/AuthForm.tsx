/** Shared frame of the sign-in and register pages, with the OAuth provider buttons. */
import type { ReactNode } from "react";
import { useProviders } from "../../api/auth";
import { GitHubIcon, GoogleIcon, LogoMark } from "../../components/Icons";
import "./auth.css";

function ProviderIcon({ name }: { name: string }) {
  if (name === "github") return <GitHubIcon />;
  if (name === "google") return <GoogleIcon />;
  return null;
}

export function ProviderButtons({ next }: { next: string }) {
  const providers = useProviders();
  const list = providers.data ?? [];
  if (!list.length) return null;
  return (
    <>
      <div className="providers">
        {list.map((p) => {
          const url = new URL(p.login_url, window.location.origin);
          url.searchParams.set("next", next);
          return (
            <a key={p.name} className="btn btn-block provider-btn" href={url.pathname + url.search}>
              <ProviderIcon name={p.name} /> Continue with {p.title || p.name}
            </a>
          );
        })}
      </div>
      <div className="or">
        <span>or</span>
      </div>
    </>
  );
}

export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer: ReactNode }) {
  return (
    <div className="auth-page">
      <div className="card auth-card">
        <div className="auth-logo">
          <LogoMark size={36} />
        </div>
        <h1>{title}</h1>
        {children}
      </div>
      <p className="auth-footer muted">{footer}</p>
    </div>
  );
}

/** Only same-site paths are followed after signing in (no open redirect). */
export function safeNext(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/problems";
}
