"""Prometheus metrics of the queue and the worker, in a registry of their own (no globals).

A standalone worker serves them on `--metrics-port`; the embedded mode hands the registry to the
API, which serves it on `/metrics`.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from assay.queue.client import QueueStats

_JUDGING_BUCKETS_S = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300)
_WAIT_BUCKETS_S = (0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30, 120)


class QueueMetrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.queue_depth = Gauge(
            "assay_queue_depth", "Jobs waiting for a worker.", ["priority"], registry=r
        )
        self.queue_in_flight = Gauge(
            "assay_queue_in_flight", "Jobs taken by a worker, not yet acknowledged.", registry=r
        )
        self.queue_oldest_age_s = Gauge(
            "assay_queue_oldest_job_age_seconds", "Age of the oldest queued job.", registry=r
        )
        self.dead_letter_depth = Gauge(
            "assay_queue_dead_letters", "Jobs in the dead-letter queue.", registry=r
        )
        self.queue_wait_s = Histogram(
            "assay_queue_wait_seconds",
            "From enqueue to a worker starting the job.",
            ["priority"],
            buckets=_WAIT_BUCKETS_S,
            registry=r,
        )
        self.judging_s = Histogram(
            "assay_judging_seconds",
            "Time to judge one job (fetch, compile, run, check).",
            ["language"],
            buckets=_JUDGING_BUCKETS_S,
            registry=r,
        )
        self.verdicts = Counter(
            "assay_verdicts", "Final verdicts recorded.", ["verdict", "language"], registry=r
        )
        self.sandbox_failures = Counter(
            "assay_sandbox_failures", "Runs the sandbox itself failed.", registry=r
        )
        self.job_failures = Counter(
            "assay_job_failures", "Jobs given back after an error.", ["error"], registry=r
        )
        self.dead_letters = Counter(
            "assay_dead_letters", "Jobs moved to the dead-letter queue.", registry=r
        )
        self.busy_slots = Gauge("assay_worker_busy_slots", "Slots judging now.", registry=r)
        self.slots = Gauge("assay_worker_slots", "Judging slots of this process.", registry=r)

    def observe_stats(self, stats: QueueStats) -> None:
        for priority, depth in stats.depth_by_priority.items():
            self.queue_depth.labels(priority.value).set(depth)
        self.queue_in_flight.set(stats.in_flight)
        self.queue_oldest_age_s.set(stats.oldest_job_age_s or 0.0)
        self.dead_letter_depth.set(stats.dead_letters)

    def render(self) -> bytes:
        """The text exposition format, for a `/metrics` endpoint."""
        return generate_latest(self.registry)
