"""switchboard-provider: serve, migrate, seed-demo, run-jobs, mail-queue."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable
from pathlib import Path

from provider.operations.logs import configure as configure_logs
from provider.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    if getattr(args, "sandbox", False):
        overrides["sandbox"] = True
    if getattr(args, "allow_sqlite", False):
        overrides["allow_sqlite"] = True
    for option, setting in (("db", "database_url"), ("host", "host"), ("tls_cert", "tls_cert"),
                            ("tls_key", "tls_key")):
        if getattr(args, option, None):
            overrides[setting] = getattr(args, option)
    for option in ("port", "metrics_port"):
        if getattr(args, option, None) is not None:
            overrides[option] = getattr(args, option)
    settings = Settings(**overrides)
    configure_logs(settings.log_format, access_log=settings.access_log_enabled())
    return settings


def cmd_migrate(args: argparse.Namespace) -> int:
    from provider.db.migrate import upgrade

    settings = _settings(args)
    upgrade(settings.resolved_database_url(), settings=settings)
    print("database is at the newest schema")
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from provider.db.migrate import upgrade
    from provider.runtime import Runtime
    from provider.seed import format_logins, seed_demo

    settings = _settings(args)
    upgrade(settings.resolved_database_url(), settings=settings)
    rt = Runtime.create(settings)
    from provider import demo_billing

    demo_billing.register(rt)
    try:
        print(format_logins(seed_demo(rt)))
    finally:
        rt.close()
    return 0


def cmd_run_jobs(args: argparse.Namespace) -> int:
    import time

    from provider.jobs.due import run_due_jobs
    from provider.operations import production
    from provider.runtime import Runtime

    settings = _settings(args)
    production.check(settings)
    rt = Runtime.create(settings)
    try:
        while True:
            for name, count in run_due_jobs(rt).items():
                print(f"{name}: {count if count >= 0 else 'FAILED (see log)'}", flush=True)
            if not args.every:
                return 0
            time.sleep(args.every)  # a container's runner; hosts use the systemd timer instead
    except KeyboardInterrupt:
        return 0
    finally:
        rt.close()


def cmd_mail_queue(args: argparse.Namespace) -> int:
    """Lists mail not delivered yet; --retry sends set-aside mail again."""
    from provider.db.engine import make_engine, make_session_factory
    from provider.mail import queue

    engine = make_engine(_settings(args).resolved_database_url())
    try:
        with make_session_factory(engine)() as db:
            if args.retry_all or args.retry:
                count = queue.retry(db, None if args.retry_all else args.retry)
                print(f"{count} set-aside mail(s) will be sent again at the next delivery round")
                return 0 if count or args.retry_all else 1
            mails = queue.undelivered(db, set_aside_only=args.set_aside)
            for mail in mails:
                print(queue.describe(mail))
            aside = sum(1 for m in mails if m.set_aside_at)
            print(f"{len(mails)} undelivered, {aside} set aside")
    finally:
        engine.dispose()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    # Starting builds a few hundred thousand objects that live as long as the process (the app,
    # its routes and schemas, the models): the collector's passes over them while they were
    # made were a tenth and more of the start's CPU. It runs again once the app is built, with
    # those objects frozen out of its reach (the start's own garbage, some thousand objects,
    # with them), so that later full passes do not walk them either.
    gc.disable()
    try:
        return _serve(args)
    finally:
        _collect_again()


def _collect_again() -> None:
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from provider import workers
    from provider.api.app import create_app
    from provider.operations import production
    from provider.runtime import Runtime
    from provider.seed import seed_demo
    from provider.workers import listening_socket

    settings = _settings(args)
    worker_count = getattr(args, "workers", 1)
    if worker_count > 1:
        _check_workers(settings)
    production.check(settings)
    url = settings.resolved_database_url()
    copied = False
    if settings.sandbox and settings.sandbox_template and not settings.database_url:
        from provider import sandbox_template

        copied = sandbox_template.install(settings.sandbox_template, settings)
    if not copied:  # a template is used only when built with this code's migrations: nothing to do
        from provider.db.migrate import upgrade

        upgrade(url, settings=settings)
    if worker_count > 1:
        _collect_again()
        return _serve_workers(args, settings)
    rt = Runtime.create(settings)
    if settings.sandbox:
        from provider import demo_billing

        demo_billing.register(rt)
        seed_demo(rt)
    sock = listening_socket(settings.host, settings.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"listening on {workers.scheme(settings)}://{shown}:{port}", flush=True)
    if settings.metrics_port is not None:
        from provider.operations import metrics

        metrics.serve_on_port(settings.metrics_host, settings.metrics_port,
                              metrics.DatabaseFigures(rt.engine, settings.sandbox))
    # The embedded sandbox answers its first requests before the routers nobody asked for yet
    # are imported (provider/api/lazy_routers.py).
    app = create_app(runtime=rt, lazy_routes=settings.sandbox)
    config = uvicorn.Config(app, **workers.uvicorn_options(settings))
    if not settings.sandbox:  # as each of `--workers` does; the sandbox's start stays short
        workers.made_before_freezing(app)
    _collect_again()
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        rt.close()
    return 0


def _check_workers(settings: Settings) -> None:
    if settings.sandbox:
        raise SystemExit("--workers is for production; the sandbox runs one process")
    if not settings.port:
        raise SystemExit("--workers needs a fixed --port")


def _serve_workers(args: argparse.Namespace, settings: Settings) -> int:
    """Several worker processes (production on PostgreSQL): each builds its app from the
    environment, so the command-line choices are handed over as SWITCHBOARD_* variables."""
    import os

    import uvicorn

    from provider import workers

    os.environ["SWITCHBOARD_DATABASE_URL"] = settings.resolved_database_url()
    for name in ("allow_sqlite", "tls_cert", "tls_key"):
        if getattr(settings, name):
            os.environ[f"SWITCHBOARD_{name.upper()}"] = str(getattr(settings, name))
    print(f"listening on {workers.scheme(settings)}://{settings.host}:{settings.port}", flush=True)
    if workers.spreads_connections():  # a socket per worker (provider/workers.py)
        return workers.serve(settings, args.workers)
    uvicorn.run("provider.api.app:create_app", factory=True, host=settings.host, port=settings.port,
                workers=args.workers, **workers.uvicorn_options(settings))
    return 0


def cmd_import_calls(args: argparse.Namespace) -> int:
    """Call records from the switch; all or nothing, each bad line named."""
    from pathlib import Path
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from provider.domain.errors import RuleViolation
    from provider.runtime import Runtime
    from provider.services.call_import import import_calls

    try:
        zone = ZoneInfo(args.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        print(f"unknown time zone {args.timezone!r}", file=sys.stderr)
        return 2
    rt = Runtime.create(_settings(args))
    try:
        with rt.sessions() as db:
            result = import_calls(db, rt, Path(args.file).read_bytes(), Path(args.file).name,
                                  "command line", args.format, zone)
    except RuleViolation as exc:
        print(exc.detail, file=sys.stderr)
        for error in exc.errors:
            print(f"  {error.field}: {error.message}", file=sys.stderr)
        return 1
    finally:
        rt.close()
    if result.already_imported:
        print(f"{args.file} was imported before ({result.records} calls); nothing changed")
    else:
        print(f"imported {result.records} calls ({result.layout}) for {len(result.totals)} accounts")
    return 0


def cmd_import_bank_statement(args: argparse.Namespace) -> int:
    """A camt.053 or camt.054 file from the bank: matched, booked once, the rest listed."""
    from pathlib import Path

    from provider.db.models import BankBooking
    from provider.domain.errors import RuleViolation
    from provider.runtime import Runtime
    from provider.services.bank_statements import import_statement

    rt = Runtime.create(_settings(args))
    try:
        try:
            with rt.sessions() as db:
                report = import_statement(db, rt, Path(args.file).read_bytes(), Path(args.file).name,
                                          "command line")
        except RuleViolation as exc:
            print(f"refused: {exc.detail}", file=sys.stderr)
            return 1
        if report.already_imported:
            print(f"{args.file} was imported before; nothing changed")
            return 0
        counts = ", ".join(f"{n} {k}" for k, n in sorted(report.counts.items())) or "no new bookings"
        print(f"{report.message} for {report.iban}: {counts}")
        with rt.sessions() as db:
            for booking in db.query(BankBooking).filter(BankBooking.id.in_(report.unmatched)):
                hint = f"; perhaps invoice id {booking.suggestions}" if booking.suggestions else ""
                print(f"  not matched: booking {booking.id}, {booking.booked_on} {booking.currency} "
                      f"{booking.amount} from {booking.counterparty or '?'} "
                      f"({booking.reason}{hint})")
    finally:
        rt.close()
    return 0


def cmd_create_operator(args: argparse.Namespace) -> int:
    """A member of the provider's staff; the password comes from the terminal or from
    SWITCHBOARD_OPERATOR_PASSWORD, never from the command line (it would show in ps)."""
    import getpass
    import os

    from provider.domain.errors import RuleViolation
    from provider.runtime import Runtime
    from provider.services.staff import create_operator

    password = os.environ.get("SWITCHBOARD_OPERATOR_PASSWORD") or getpass.getpass("Password: ")
    rt = Runtime.create(_settings(args))
    try:
        with rt.sessions() as db:
            user = create_operator(db, rt, args.email, args.name, password)
            print(f"operator {user.email} created; sign in with this e-mail")
    except RuleViolation as exc:
        for error in exc.errors or []:
            print(f"{error.field}: {error.message}", file=sys.stderr)
        return 1
    finally:
        rt.close()
    return 0


def cmd_create_reseller(args: argparse.Namespace) -> int:
    """A reseller from a TOML file (docs/resellers.md#create-reseller): its owner's sign-in, its
    legal identity, and optionally a logo file and an accent colour. The owner's password comes
    from the terminal or SWITCHBOARD_RESELLER_PASSWORD. A file with any wrong field creates
    nothing; every wrong field is listed."""
    import getpass
    import os
    import tomllib

    from provider.domain.errors import RuleViolation
    from provider.runtime import Runtime
    from provider.services import reseller_profiles

    path = Path(args.file)
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 1
    logo = None
    if data.get("logo"):
        logo_path = path.parent / str(data["logo"])
        media_type = {".png": "image/png", ".svg": "image/svg+xml"}.get(logo_path.suffix.lower(), "")
        try:
            logo = (logo_path.read_bytes(), media_type)
        except OSError as exc:
            print(f"logo: {exc}", file=sys.stderr)
            return 1
    password = os.environ.get("SWITCHBOARD_RESELLER_PASSWORD") or getpass.getpass("Owner's password: ")
    new = reseller_profiles.NewReseller(
        email=str(data.get("email") or ""), owner_name=str(data.get("owner") or ""),
        language=str(data.get("language") or "en"), password=password,
        identity=dict(data.get("identity") or {}), logo=logo,
        accent_color=str(data["accent_color"]) if "accent_color" in data else None)
    rt = Runtime.create(_settings(args))
    try:
        with rt.sessions() as db:
            account = reseller_profiles.create(db, rt, new)
            print(f"reseller {account.company_name} created: account {account.id}, customer number "
                  f"{account.user_id}; its owner signs in with {new.email}")
    except RuleViolation as exc:
        for error in exc.errors or []:
            print(f"{error.field}: {error.message}", file=sys.stderr)
        if not exc.errors:
            print(exc.detail, file=sys.stderr)
        return 1
    finally:
        rt.close()
    return 0


def _on_database(command: argparse.ArgumentParser, func: Callable[[argparse.Namespace], int], *,
                 sandbox: bool = False) -> None:
    """The options of a command that works on the database (`--db`, and `--sandbox` where it may
    work on the sandbox's), and the function that runs it."""
    command.add_argument("--db", help="database URL")
    if sandbox:
        command.add_argument("--sandbox", action="store_true", help="use the sandbox database")
    command.set_defaults(func=func)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="switchboard-provider")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the API")
    serve.add_argument("--sandbox", action="store_true", help="sandbox mode with demo data")
    serve.add_argument("--db", help="database URL (default: a SQLite file in the data dir)")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8444; 0 picks a free one)")
    serve.add_argument("--workers", type=int, default=1,
                       help="worker processes (production, PostgreSQL; default 1)")
    serve.add_argument("--tls-cert", type=Path, help="PEM certificate chain: serve HTTPS without a proxy")
    serve.add_argument("--tls-key", type=Path, help="PEM private key of --tls-cert")
    serve.add_argument("--metrics-port", type=int,
                       help="serve /metrics on this port of --metrics-host (default 127.0.0.1)")
    serve.add_argument("--allow-sqlite", action="store_true",
                       help="production on SQLite (one host); otherwise it refuses to start")
    serve.set_defaults(func=cmd_serve)

    for name, func, text in (("migrate", cmd_migrate, "bring the schema to the newest version"),
                             ("seed-demo", cmd_seed, "create the demo accounts and list them"),
                             ("run-jobs", cmd_run_jobs, "run the clock-driven jobs once (cron; "
                              "safe on several hosts at once)")):
        p = sub.add_parser(name, help=text)
        _on_database(p, func, sandbox=True)
        if name == "run-jobs":
            p.add_argument("--allow-sqlite", action="store_true", help="production on SQLite (one host)")
            p.add_argument("--every", type=float, metavar="SECONDS",
                           help="run again every SECONDS until stopped (a container's jobs runner)")

    mail = sub.add_parser("mail-queue", help="list undelivered mail; retry set-aside mail")
    _on_database(mail, cmd_mail_queue, sandbox=True)
    mail.add_argument("--set-aside", action="store_true", help="list only set-aside mail")
    mail.add_argument("--retry", type=int, nargs="+", metavar="ID",
                      help="send these set-aside mails again")
    mail.add_argument("--retry-all", action="store_true", help="send all set-aside mail again")
    calls = sub.add_parser("import-calls", help="import a call-record CSV from the switch "
                           "(Asterisk Master.csv or FreeSWITCH cdr_csv), rated; all or nothing")
    calls.add_argument("file")
    calls.add_argument("--format", choices=("asterisk", "freeswitch"),
                       help="the file's layout (default: told by its number of columns)")
    calls.add_argument("--timezone", default="UTC",
                       help="the switch's time zone for the timestamps (default UTC)")
    _on_database(calls, cmd_import_calls)
    bank = sub.add_parser("import-bank-statement", help="import a camt.053/camt.054 file from the "
                          "bank: payments matched to invoices, the rest listed")
    bank.add_argument("file")
    _on_database(bank, cmd_import_bank_statement)
    staff = sub.add_parser("create-operator", help="add a member of the provider's staff (the "
                           "operator back office under /api/v1/operator)")
    staff.add_argument("email")
    staff.add_argument("--name", required=True, help="the operator's name")
    _on_database(staff, cmd_create_operator)
    seller = sub.add_parser("create-reseller", help="add a reseller with its legal identity, logo "
                            "and accent colour, read from a TOML file (docs/resellers.md)")
    seller.add_argument("file")
    _on_database(seller, cmd_create_reseller, sandbox=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    configure_logs("text")  # until the command's settings say which
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
