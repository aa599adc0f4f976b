"""`switchboard`: the desktop client's entry point.

    switchboard [--profile NAME] [--sandbox] [--lang en|de] [LINK]
    switchboard --version
    switchboard --screenshot FILE --page NAME     render a page offscreen, write a PNG, exit 0
    switchboard --self-test                       start the sandbox, sign in, exit 0 or 1
    switchboard export-invoices --profile NAME --from DATE --to DATE --out DIR   (headless)

A LINK (`switchboard://reset-password?token=…`, what the operating system passes when the link
in an e-mail is clicked) goes to the instance already running, if there is one, and this launch
ends (desktop/single_instance.py).

The window is shown before anything slow is imported (requests, keyring, the provider):
those load in a task after the first paint.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop.sandbox import RUN_PROVIDER_ARG
from desktop.screenshot import PAGES

APP_ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "switchboard.png"


class _VersionAction(argparse.Action):
    """--version reads the package metadata only when asked (not on every start)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from desktop.version import app_version

        print(f"Switchboard {app_version()}")
        parser.exit()


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="switchboard",
                                     description="Administration client for your telephony account.")
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="print the version and exit")
    parser.add_argument("links", nargs="*", metavar="LINK",
                        help="a switchboard:// link from an e-mail (password reset, invitation) to open")
    parser.add_argument("--profile", metavar="NAME", help="connection profile to use")
    parser.add_argument("--sandbox", action="store_true",
                        help="start the embedded sandbox provider and sign in to its demo account")
    parser.add_argument("--lang", choices=["en", "de"], help="UI language for this run")
    parser.add_argument("--screenshot", metavar="FILE", help="render --page offscreen into a PNG and exit")
    parser.add_argument("--page", default="dashboard", choices=sorted(PAGES),
                        help="page or dialog for --screenshot (default: dashboard)")
    parser.add_argument("--self-test", action="store_true",
                        help="start the sandbox, sign in, print what failed; exit 0 or 1")
    # For bench/startup.py: print "ready" once the account is painted, then quit.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    # For bench/first_start.py: the same once the dashboard's charts are painted.
    parser.add_argument("--exit-when-charts", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.page != "dashboard" and not args.screenshot:
        parser.error("--page goes with --screenshot")
    return args


def _last_profile() -> str | None:
    from PySide6.QtCore import QSettings

    value = QSettings().value("last_profile")
    return str(value) if value else None


def _start_sandbox(interactive: bool) -> Any:
    """The sandbox provider, started now (its SandboxServer); None when a running instance will
    take this launch over (desktop/single_instance.py)."""
    from desktop.instance_name import maybe_running

    if interactive and maybe_running():
        return None
    from desktop.sandbox import SandboxServer, template_dir

    return SandboxServer.start(template=template_dir())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [RUN_PROVIDER_ARG]:
        # Only the frozen bundle's sandbox child gets here (desktop.sandbox.child_command): the
        # provider, without Qt.
        from desktop.sandbox import run_provider_child

        return run_provider_child(argv[1:])
    if argv[:1] == ["export-invoices"]:
        from desktop.console import ensure_output
        from desktop.export_cli import main as export_main  # headless: no Qt widgets

        ensure_output("export-invoices")

        return export_main(argv[1:])
    args = parse_args(argv)
    if args.self_test:
        from desktop.console import ensure_output
        from desktop.self_test import run_self_test

        ensure_output("self-test")

        return run_self_test()
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform.startswith("linux"):
        from desktop.linux_libs import check

        problem = check()
        if problem:  # instead of Qt's "Could not load the Qt platform plugin" abort
            print(problem, file=sys.stderr)
            return 1
    from desktop import gc_policy

    gc_policy.hold_during_start()  # until the account is shown: desktop/gc_policy.py
    try:
        return _run(args)
    finally:
        gc_policy.resume()  # however the run ended (tests run main() in their own process)


def _run(args: argparse.Namespace) -> int:
    """The window's run, from logging set up to the window closed."""
    from desktop import crash, gc_policy, logs

    logs.setup_logging()
    crash.install()
    # The one-off runs (a screenshot, the startup bench) neither take over nor hand over links.
    interactive = not (args.screenshot or args.exit_when_ready or args.exit_when_charts)
    # The provider takes longer to start than the window: asked for, it starts before Qt loads.
    early_sandbox = _start_sandbox(interactive) if args.sandbox else None
    # A remembered session is resumed on another core while this one loads Qt and builds the
    # window: forked now, while this process has one thread and no Qt (desktop/resume_child.py).
    child = None
    if not args.sandbox:
        from desktop.resume_child import ForkedResume

        child = ForkedResume.start()

    from PySide6.QtCore import QCoreApplication

    from desktop import qt_imports

    qt_imports.install()  # before the few hundred modules the window and the session import
    QCoreApplication.setOrganizationName("Switchboard")
    QCoreApplication.setApplicationName("Switchboard")
    profile = args.profile or (None if args.sandbox else _last_profile())
    sandbox = args.sandbox or profile is None
    from desktop.instance_name import maybe_running

    early = None
    if sandbox and child is not None:  # no profile: nothing to resume
        child.cancel()
    if sandbox and not args.sandbox:  # no profile yet: the sandbox it is
        early_sandbox = _start_sandbox(interactive)
    if not sandbox:
        # Resume the remembered session on a thread while Qt's widgets load and paint.
        from desktop.startup_resume import EarlyResume

        early = EarlyResume(profile, child)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if interactive:
        from desktop.single_instance import hand_over

        if maybe_running() and hand_over(args.links):
            return 0  # the running window takes it from here
    from PySide6.QtGui import QIcon

    # Windows and macOS installers embed their own icon files; X11/Wayland take it from here.
    app.setWindowIcon(QIcon(str(APP_ICON)))
    from desktop.app_controller import AppController
    from desktop.startup_work import Preload

    # requests, keyring and the session load in a worker while this thread builds the window.
    preload = Preload() if sandbox else None
    from desktop import i18n
    from desktop.views.main_window import MainWindow

    i18n.install(args.lang or i18n.preferred_language())
    window = MainWindow(sandbox=sandbox)
    controller = AppController(window, profile_name=profile, sandbox=sandbox, preload=preload,
                               early=early, sandbox_server=early_sandbox)
    outcome = {"code": 0}
    controller.ready.connect(gc_policy.freeze_startup_objects)
    controller.failed.connect(gc_policy.resume)

    if args.screenshot:
        from desktop.screenshot import Screenshot

        shot = Screenshot(controller, args.page, args.screenshot)
        shot.finished.connect(lambda code: (outcome.update(code=code), app.quit()))
        controller.failed.connect(lambda text: (print(text, file=sys.stderr),
                                                outcome.update(code=1), app.quit()))
    elif args.exit_when_ready or args.exit_when_charts:
        from desktop.screenshot import report_when_charts_painted, report_when_painted

        if args.exit_when_charts:
            controller.ready.connect(lambda: report_when_charts_painted(window, app.quit))
        else:
            controller.ready.connect(lambda: report_when_painted(window.account_name, app.quit))
        controller.failed.connect(lambda text: (print(text, file=sys.stderr),
                                                outcome.update(code=1), app.quit()))
    if interactive:
        from desktop.link_router import LinkRouter

        router = LinkRouter(controller, None, app)
        for link in args.links:
            router.open(link)
    controller.start()
    window.show()
    from PySide6.QtCore import QTimer

    # A start that waits for a sign-in, or never shows an account, collects again after a while.
    QTimer.singleShot(gc_policy.START_HOLD_MS, gc_policy.resume)
    if interactive:

        def take_later_launches() -> None:
            # After the first paint: Qt's network module stays off the start's critical path.
            from desktop.single_instance import SingleInstance

            instance = SingleInstance(parent=app)
            instance.listen()
            router.attach(instance)

        QTimer.singleShot(0, take_later_launches)
    code = app.exec()
    controller.shutdown()
    from desktop import tasks

    tasks.shutdown()  # last: what the shutdown queued (a store's removal) ends before the process
    return outcome["code"] or code


if __name__ == "__main__":
    sys.exit(main())
