"""Clock-driven jobs, run when the sandbox clock moves and from `switchboard-provider run-jobs`.

Every job is idempotent and safe to run on several hosts at once: changes are conditional on
the state they leave, rows are locked (SKIP LOCKED where we scan), and money moves carry unique
keys, so a second runner finds nothing left to do.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from provider.jobs import status
from provider.runtime import Runtime
from provider.services import (
    auth,
    autotopup,
    cards,
    credit_notes,
    event_streams,
    invoice_payments,
    invoicing,
    order_settlement,
    orders,
    payment_flow,
    postpaid,
    prepaid_subscriptions,
    refunds,
    sepa_collections,
    throttle,
    wholesale_invoicing,
)

log = logging.getLogger(__name__)

# The stale-payment job settles payments of every purpose, so every use case that starts card
# payments must have registered its settlers (provider/services/settlement.py) by then: these
# imports see to it wherever the jobs run (the app, `run-jobs`, a test).
SETTLING_USE_CASES = (autotopup, invoice_payments, order_settlement, prepaid_subscriptions)

JOBS: tuple[tuple[str, Callable[[Runtime], int]], ...] = (
    ("stale card payments", payment_flow.settle_stale),
    ("pending refunds", orders.refunds_pending),
    ("pending operator refunds", refunds.pending),
    ("pending credit-note refunds", credit_notes.refunds_pending),
    ("provisioning", orders.advance_provisioning),
    ("top-up retries", autotopup.retry_due),
    ("prolongation", prepaid_subscriptions.prolong_due),
    ("card expiry warnings", cards.warn_expiring),
    # Postpaid: changes take effect before the month they change is invoiced.
    ("subscription changes", postpaid.apply_due),
    ("invoice run", invoicing.run_due),
    # After the run: a reseller's invoice is its customers' month at wholesale.
    ("wholesale invoices", wholesale_invoicing.run_due),
    ("invoice collection", invoice_payments.collect_due),
    ("direct-debit files", sepa_collections.submit_due),
    ("invoice reminders", invoice_payments.remind_overdue),
    ("event retention", event_streams.prune_log),
    ("throttling counters retention", throttle.prune),
    ("spent refresh tokens retention", auth.prune_spent_tokens),
)


def run_due_jobs(rt: Runtime) -> dict[str, int]:
    """Run every job once; a failing job is logged and does not stop the others."""
    done: dict[str, int] = {}
    runs: list[status.Run] = []
    for name, job in JOBS:
        started = time.monotonic()
        try:
            done[name] = job(rt)
        except Exception:
            log.exception("job %s failed", name)
            done[name] = -1
        runs.append(status.Run(name, time.monotonic() - started, done[name]))
    status.record(rt.sessions, runs)
    return done


def register(rt: Runtime) -> None:
    """Make sandbox clock moves run the jobs (provider/api/sandbox_routes.py)."""
    jobs = rt.extras.setdefault("clock_jobs", [])
    if run_due_jobs not in jobs:  # type: ignore[operator]
        jobs.append(run_due_jobs)  # type: ignore[union-attr]
