"""`switchboard export-invoices --profile NAME --from DATE --to DATE --out DIR [--offline]`

Headless (no Qt widgets): reads the profile's local store, syncing it first when the provider
answers and the profile remembers its session; otherwise exports what is cached and says so.
A progress bar goes to stderr when it is a terminal. Exit 0 on success, 1 on failure, 2 on
bad arguments."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="switchboard export-invoices",
                                description="Export a period's invoices as a ZIP of PDFs and CSV files.")
    p.add_argument("--profile", required=True, metavar="NAME", help="connection profile")
    p.add_argument("--from", dest="first", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="first issue date (inclusive)")
    p.add_argument("--to", dest="last", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD",
                   help="last issue date (inclusive)")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the ZIP")
    p.add_argument("--offline", action="store_true", help="do not sync; export what is cached")
    return p.parse_args(argv)


class Bar:
    def __init__(self, stream: TextIO) -> None:
        self.stream, self.tty = stream, stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.tty or total <= 0:
            return
        width = 30
        filled = width * done // total
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def _sync(profile_name: str, store: Any, err: TextIO) -> Any:
    """Sync when possible; returns the /me JSON (fresh, or cached when offline)."""
    from desktop.api_client.invoices import InvoicesApi
    from desktop.profiles import ProfileStore
    from desktop.session import AppSession
    from desktop.store.sync import sync

    profile = ProfileStore().get(profile_name)
    if profile is None:
        raise LookupError(f"No profile named {profile_name!r}.")
    session = AppSession(profile)
    # The remembered session from the keyring, resumed on this thread (there is no event loop);
    # the rotated refresh token is kept as in the app.
    me = session._resume_work()
    if me is None:
        err.write("Not signed in on this profile (no remembered session): exporting cached invoices.\n")
        return None
    store.bind_account(me.account.id)
    store.save_me(session.client.request("GET", "/me"))
    result = sync(InvoicesApi(session.client, me.account.id), store, full=True, report=None)
    err.write(f"Synced: {result.changed} invoices new or changed.\n")
    session.client.close()
    return me


def main(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        args = parse(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("Switchboard")
    QCoreApplication.setApplicationName("Switchboard")
    from desktop.api_client.errors import ApiError
    from desktop.i18n import preferred_language
    from desktop.reports.export import Account, export_period
    from desktop.store.recovery import StoreProblem, open_profile_store, problem_of

    try:
        store = open_profile_store(args.profile)
    except StoreProblem as exc:
        err.write(f"Export failed: {exc.text()}\n")
        return 1
    if store.recovered is not None:
        err.write(store.recovered.text() + "\n")
    try:
        if not args.offline:
            try:
                _sync(args.profile, store, err)
            except ApiError as exc:
                if exc.kind == "problem":
                    raise
                err.write(f"The provider cannot be reached ({exc.kind}): exporting cached invoices.\n")
        me = store.load_me()
        if me is None:
            err.write("Nothing cached for this profile yet: sign in once with the app or run online.\n")
            return 1
        account = me["account"]
        acct = Account(customer_number=str(account.get("user_id") or ""),
                       language=str(account.get("language") or "en"),
                       business=account.get("kind") == "business",
                       ui_language=preferred_language())
        path, count = export_period(store, args.first, args.last, acct, args.out, Bar(err))
    except (LookupError, ValueError, ApiError) as exc:
        err.write(f"Export failed: {exc}\n")
        return 1
    except (sqlite3.Error, OSError) as exc:  # the store or the disk, mid-way: said, not a traceback
        problem = problem_of(exc, store.path)
        err.write(f"Export failed: {problem.text() if problem else exc}\n")
        return 1
    finally:
        store.close()
    out.write(f"{path} ({count} invoices)\n")
    return 0
