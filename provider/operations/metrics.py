"""Prometheus metrics (prometheus-client): what each worker process counts, and what the
database knows for all hosts at once.

Per process: requests by route template and status, their latency, requests in flight and shed,
password hashes waiting, event streams open. `serve --workers N` gives each worker a file of its
own in PROMETHEUS_MULTIPROC_DIR (the supervisor makes and clears it), so a scrape answered by
any worker sums all of them. From the database, read at scrape time and for every host alike:
the mail queue, the clock-driven jobs' runs and durations (recorded by `run-jobs`, wherever it
ran), and payments by outcome.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    Metric,
    SummaryMetricFamily,
)
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import Engine, func, select

from provider.db.models import JobStatus, Payment
from provider.mail.queue_stats import queue_stats

log = logging.getLogger(__name__)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"

disable_created_metrics()  # the *_created series only double the text of every scrape
REGISTRY = CollectorRegistry()
REQUESTS = Counter("switchboard_http_requests", "HTTP requests answered, by route template and status",
                   ["method", "route", "status"], registry=REGISTRY)
LATENCY = Histogram("switchboard_http_request_duration_seconds",
                    "Time from a request's arrival in the worker to the end of its answer",
                    ["method", "route"], registry=REGISTRY,
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
IN_FLIGHT = Gauge("switchboard_http_requests_in_flight", "Requests being answered now",
                  multiprocess_mode="livesum", registry=REGISTRY)
SHED = Counter("switchboard_http_requests_shed",
               "Requests refused with 503 because the worker had its maximum in flight",
               registry=REGISTRY)
PASSWORD_HASHES_WAITING = Gauge("switchboard_password_hashes_waiting",
                                "Sign-ins and password changes waiting for an argon2 slot",
                                multiprocess_mode="livesum", registry=REGISTRY)
# The live account event stream (Server-Sent Events) adds one on connect and takes it off on
# disconnect; until that stream exists it stays 0.
EVENT_STREAMS_OPEN = Gauge("switchboard_event_streams_open", "Account event streams held open",
                           multiprocess_mode="livesum", registry=REGISTRY)

SHED_ROUTE = "(shed)"  # refused before routing
UNMATCHED_ROUTE = "(unmatched)"  # no route: 404 or 405


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROCESS_ENV) or None


def worker_ended(pid: int | None) -> None:
    """A worker process is gone: its live gauges (in flight, streams open) stop counting."""
    if pid is not None and multiprocess_dir():
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid)


@dataclass(frozen=True)
class _Figures:
    database_up: bool
    mail_depth: int = 0
    mail_oldest_age: float = 0.0
    mail_set_aside: int = 0
    jobs: tuple[JobStatus, ...] = ()
    payments: tuple[tuple[str, int], ...] = ()


class DatabaseFigures:
    """A collector of what the database knows. Scrapes within `ttl` seconds share one reading,
    so several scrapers (or a scrape every second) cost the database one set of queries."""

    def __init__(self, engine: Engine, sandbox: bool, ttl: float = 1.0) -> None:
        self._engine = engine
        self._sandbox = sandbox
        self._ttl = ttl
        self._lock = threading.Lock()
        self._read_at = -1e9
        self._figures = _Figures(database_up=False)

    def _read(self) -> _Figures:
        from sqlalchemy.orm import Session

        now = datetime.now(UTC)
        try:
            with Session(self._engine) as db:
                # In the sandbox the outbox is the mailbox: nothing there waits to be sent.
                stats = None if self._sandbox else queue_stats(db)
                jobs = tuple(db.scalars(select(JobStatus).order_by(JobStatus.job)))
                payments = tuple((str(s), int(n)) for s, n in db.execute(
                    select(Payment.status, func.count()).group_by(Payment.status)))
        except Exception as exc:  # the scrape still answers: database_up 0 says why
            log.warning("metrics: the database did not answer (%s)", type(exc).__name__)
            return _Figures(database_up=False)
        oldest = (now - stats.oldest_created_at).total_seconds() if stats and stats.oldest_created_at else 0.0
        return _Figures(True, stats.depth if stats else 0, max(0.0, oldest), stats.set_aside if stats else 0,
                        jobs, payments)

    def collect(self) -> Iterator[Metric]:
        with self._lock:
            if time.monotonic() - self._read_at > self._ttl:
                self._figures = self._read()
                self._read_at = time.monotonic()
            f = self._figures
        yield GaugeMetricFamily("switchboard_database_up", "1 when the database answered the scrape",
                                value=int(f.database_up))
        if not f.database_up:
            return
        yield GaugeMetricFamily("switchboard_mail_queue_depth", "Mails waiting to be sent",
                                value=f.mail_depth)
        yield GaugeMetricFamily("switchboard_mail_queue_oldest_age_seconds",
                                "Age of the oldest mail waiting to be sent (0 when none)",
                                value=f.mail_oldest_age)
        yield GaugeMetricFamily("switchboard_mail_set_aside",
                                "Mails delivery gave up on, waiting for an operator (mail-queue --retry)",
                                value=f.mail_set_aside)
        runs = CounterMetricFamily("switchboard_job_runs", "Runs of each clock-driven job",
                                   labels=["job", "outcome"])
        durations = SummaryMetricFamily("switchboard_job_duration_seconds",
                                        "Time each clock-driven job took", labels=["job"])
        success = GaugeMetricFamily("switchboard_job_last_success_timestamp_seconds",
                                    "When each job last finished without error (Unix time)",
                                    labels=["job"])
        for job in f.jobs:
            runs.add_metric([job.job, "ok"], job.runs - job.failures)
            runs.add_metric([job.job, "failed"], job.failures)
            durations.add_metric([job.job], job.runs, job.seconds_total)
            if job.last_success_at is not None:
                success.add_metric([job.job], job.last_success_at.timestamp())
        yield runs
        yield durations
        yield success
        payments = CounterMetricFamily("switchboard_payments", "Payments by outcome (status)",
                                       labels=["outcome"])
        for status, count in f.payments:
            payments.add_metric([status], count)
        yield payments


def exposition(database: DatabaseFigures | None) -> bytes:
    """The text a scrape gets: every worker's counts (summed across processes) and the database's."""
    return generate_latest(_Exposition(database))  # type: ignore[arg-type]


class _Exposition:
    """What prometheus-client's HTTP server asks of a registry: collect()."""

    def __init__(self, database: DatabaseFigures | None) -> None:
        self._database = database

    def collect(self) -> Iterator[Metric]:
        if multiprocess_dir():
            workers = CollectorRegistry()
            MultiProcessCollector(workers)
            yield from workers.collect()
        else:
            yield from REGISTRY.collect()
        if self._database is not None:
            yield from self._database.collect()


def serve_on_port(host: str, port: int, database: DatabaseFigures | None) -> None:
    """/metrics on a port of its own, from a thread of this process (no token: bind it to an
    address only the scraper reaches)."""
    from prometheus_client import start_http_server

    start_http_server(port, addr=host, registry=_Exposition(database))  # type: ignore[arg-type]
