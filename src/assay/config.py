"""Settings for the platform, read from `ASSAY_*` environment variables.

Built once in an entry point (`assay serve`, `assay import`, a test fixture) and passed down;
nothing reads the environment at import time.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_ROOT = Path(__file__).resolve().parents[2]

KIB = 1024
MIB = 1024 * KIB

WORKER_TOKEN_MIN_CHARS = 32
# Values copied from examples and templates; a worker token must be a real secret.
_PLACEHOLDER_WORDS = ("change", "secret", "example", "token", "password", "xxxx", "replace")


def worker_token_problem(token: str) -> str | None:
    """Why `token` is not fit to be the shared worker secret, or None when it is."""
    hint = "generate one with `python -c 'import secrets; print(secrets.token_urlsafe(32))'`"
    if not token.strip():
        return f"the worker token is empty; {hint}"
    if len(token) < WORKER_TOKEN_MIN_CHARS:
        return f"the worker token has {len(token)} characters, fewer than 32; {hint}"
    lowered = token.lower()
    if any(word in lowered for word in _PLACEHOLDER_WORDS) or len(set(token)) < 8:
        return f"the worker token looks like a placeholder; {hint}"
    return None


class OidcProvider(BaseModel):
    """An extra OpenID Connect provider (discovery document based), e.g. a company IdP."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_-]{0,31}$")
    title: str = ""  # shown on the sign-in button; defaults to the name
    client_id: str
    client_secret: SecretStr
    # The issuer's `/.well-known/openid-configuration` URL.
    server_metadata_url: str
    scope: str = "openid email profile"


class Settings(BaseSettings):
    """Everything an operator can configure. Environment: `ASSAY_<FIELD>` (nested: `__`)."""

    model_config = SettingsConfigDict(
        env_prefix="ASSAY_", env_nested_delimiter="__", extra="ignore", frozen=True
    )

    # Storage and transport
    database_url: str = "sqlite+aiosqlite:///./var/assay.db"
    redis_url: str | None = None  # None: the embedded in-process queue and event bus
    data_dir: Path = Path("var")  # packages, secret key, SQLite file
    problems_dir: Path = _REPO_ROOT / "problems"  # bundled problems loaded by `assay serve`
    web_dist_dir: Path = _REPO_ROOT / "web" / "dist"  # the built front end, served when present
    # The judge's own builds (compiled validators, the compile cache, the sandbox launcher). The
    # sandbox user must reach it, so it is not under root's home; a worker's `--cache-dir` that it
    # cannot reach falls back to this.
    cache_dir: Path = Path("/var/cache/assay")
    compile_cache_mib: int = Field(default=1024, ge=0)  # 0: compile every time
    # A submission's tests also run on judging slots that are idle when its tests begin.
    spread_tests: bool = True

    # HTTP
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    public_url: str | None = None  # e.g. https://judge.example.org, for OAuth redirect URIs
    secret_key: SecretStr | None = None  # None: generated once into data_dir/secret_key
    cookie_secure: bool = False  # Secure cookies (also on whenever public_url is https)
    session_ttl_days: int = Field(default=30, ge=1)

    # Accounts
    admin_username: str | None = None
    admin_password: SecretStr | None = None
    admin_email: str | None = None
    password_time_cost: int = Field(default=3, ge=1)  # argon2id iterations
    password_memory_kib: int = Field(default=64 * KIB, ge=64)  # argon2id memory

    # Sign-in throttling (state in the database, shared by every API replica)
    login_free_failures: int = Field(default=5, ge=1)  # per account, before the backoff starts
    login_address_free_failures: int = Field(default=20, ge=1)  # per client address
    login_backoff_s: float = Field(default=2.0, gt=0)  # first wait; doubles per further failure
    login_backoff_max_s: float = Field(default=900.0, gt=0)
    login_failure_window_s: int = Field(
        default=3600, ge=1
    )  # failures older than this are forgotten
    register_rate_limit: int = Field(
        default=10, ge=1
    )  # registrations per client address per window
    register_window_s: int = Field(default=3600, ge=1)

    # Sign in with ...
    github_client_id: str | None = None
    github_client_secret: SecretStr | None = None
    google_client_id: str | None = None
    google_client_secret: SecretStr | None = None
    oidc_providers: list[OidcProvider] = Field(default_factory=list)

    # Limits
    submit_rate_limit: int = Field(default=10, ge=1)  # submissions per user per window
    run_rate_limit: int = Field(default=20, ge=1)  # runs per user per window
    rate_window_s: int = Field(default=60, ge=1)
    source_limit_bytes: int = Field(default=64 * KIB, ge=1)
    custom_input_limit_bytes: int = Field(default=1 * MIB, ge=0)
    request_limit_bytes: int = Field(default=2 * MIB, ge=1)  # any JSON request body
    upload_limit_bytes: int = Field(default=64 * MIB, ge=1)  # a problem package zip
    long_poll_max_s: float = Field(default=30.0, ge=0)
    # Hot GET answers kept between writes, at most this long (embedded mode only; 0: off).
    answer_cache_s: float = Field(default=2.0, ge=0)
    max_waiting_per_user: int = Field(default=20, ge=1)  # a user's submissions waiting to be judged
    # Fair queue: each job a user already has waiting counts as this much queueing time.
    fair_share_penalty_s: float = Field(default=60.0, ge=0)

    # Monitoring: `/metrics` answers an administrator or `Authorization: Bearer <metrics_token>`;
    # `metrics_public` opens it to anyone (only on a private listen address).
    metrics_token: SecretStr | None = None
    metrics_public: bool = False

    # Judging
    judging_slots: int = Field(default=2, ge=0)  # embedded worker's concurrent jobs
    # Shared secret of remote workers downloading packages (`GET /api/worker/packages/<hash>`);
    # None: that endpoint is off.
    worker_token: SecretStr | None = None

    @field_validator("worker_token")
    @classmethod
    def _real_worker_token(cls, value: SecretStr | None) -> SecretStr | None:
        problem = None if value is None else worker_token_problem(value.get_secret_value())
        if problem is not None:
            raise ValueError(problem)
        return value

    @property
    def secure_cookies(self) -> bool:
        """Cookies carry the Secure flag when asked to or when the site is served over https."""
        return self.cookie_secure or (self.public_url or "").lower().startswith("https://")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def packages_dir(self) -> Path:
        """Content-addressed problem packages: `<packages_dir>/<hash>/`."""
        return self.data_dir / "packages"

    def secret(self) -> str:
        """The secret key; `load_settings` guarantees one is set."""
        if self.secret_key is None:
            raise RuntimeError("settings.secret_key is unset; build settings with load_settings()")
        return self.secret_key.get_secret_value()


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment (plus overrides), with a persistent secret key."""
    settings = Settings(**overrides)  # type: ignore[arg-type]
    if settings.secret_key is not None:
        return settings
    key = _read_or_create_secret(settings.data_dir / "secret_key")
    return settings.model_copy(update={"secret_key": SecretStr(key)})


def _read_or_create_secret(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key
