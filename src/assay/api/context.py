"""Everything a request handler may need, built once by `create_app` (no module globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from assay.api.final_watch import FinalWatch
from assay.api.languages import LanguageCatalog
from assay.api.oauth import OAuthProviders
from assay.api.security import Passwords
from assay.config import Settings
from assay.db.engine import Database
from assay.queue.client import QueueStats, Transport


class MetricsRegistry(Protocol):
    """Prometheus metrics of the queue and the embedded worker (`assay.queue.metrics`)."""

    def observe_stats(self, stats: QueueStats) -> None: ...

    def render(self) -> bytes: ...


@dataclass(frozen=True, slots=True)
class AppContext:
    settings: Settings
    database: Database
    transport: Transport
    languages: LanguageCatalog
    passwords: Passwords
    oauth: OAuthProviders
    final_watch: FinalWatch
    metrics: MetricsRegistry | None = None
