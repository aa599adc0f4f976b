"""Help menu's support side: the About text with the versions, and "Save support bundle…"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow

from desktop.tasks import Op
from desktop.version import environment


def _bundle_name() -> str:
    # support_bundle (zipfile, the package metadata) loads when a bundle is saved, not at start.
    from desktop.support_bundle import default_name

    return default_name()


class SupportActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._handle: Any = None
        self.provider_version: str | None = None  # what the signed-in provider says it runs

    def set_provider_version(self, version: str | None) -> None:
        self.provider_version = version

    def about_text(self) -> str:
        env = environment()
        lines = [self.tr("Switchboard: the administration client for your telephony account."), "",
                 self.tr("Version %1").replace("%1", env["app"])]
        lines.append(self.tr("Provider: version %1").replace("%1", self.provider_version)
                     if self.provider_version else self.tr("Provider: not known until you are signed in"))
        lines.append(self.tr("Qt %1, Python %2").replace("%1", env.get("qt", "?"))
                     .replace("%2", env["python"]))
        lines.append(env["os"])
        return "\n".join(lines)

    def updates_action(self) -> QAction:
        action = QAction(self.tr("Check for &updates…"), self.window)
        action.setObjectName("updates_action")
        action.setMenuRole(QAction.MenuRole.ApplicationSpecificRole)
        action.triggered.connect(lambda: self.check_updates(manual=True))
        return action

    def check_updates(self, *, manual: bool, settings: Any = None) -> None:
        """Ask the provider's signed feed; automatic checks at most daily, none in the sandbox.
        Only a verified, newer release is shown; a refused feed goes to the log (and, when asked
        for, to the status bar)."""
        from datetime import UTC, datetime

        from PySide6.QtCore import QSettings

        from desktop.updates import due, fetch_feed, verify_feed

        bar = self.window.statusBar()
        if getattr(self.window, "sandbox", False):
            if manual:
                bar.showMessage(self.tr("The sandbox does not check for updates."), 10_000)
            return
        base_url, ca_bundle, proxy = self.window.connection
        store = settings if settings is not None else QSettings("Switchboard", "Switchboard")
        if not base_url or (not manual and not due(str(store.value("updates/last_check") or ""))):
            return
        store.setValue("updates/last_check", datetime.now(UTC).isoformat())
        current = environment()["app"]
        highest = str(store.value("updates/highest_seen") or "") or None

        def check() -> Any:
            return verify_feed(fetch_feed(base_url, ca_bundle, proxy), current=current, highest_seen=highest)

        def checked(verdict: Any) -> None:
            store.setValue("updates/highest_seen", verdict.release.version)
            if verdict.newer:
                from desktop.views.update_dialog import UpdateDialog

                self.dialog = UpdateDialog(verdict.release, current, self.window)
                self.dialog.open()
            elif manual:
                bar.showMessage(self.tr("Switchboard %1 is the latest version.").replace("%1", current),
                                10_000)

        def refused(err: BaseException) -> None:
            import logging

            logging.getLogger(__name__).warning("update check: %s", getattr(err, "reason", err))
            if manual:
                bar.showMessage(self.tr("The update check failed: %1").replace(
                    "%1", getattr(err, "reason", None) or str(err)), 15_000)

        self._update_handle = Op(check).success(checked).failure(refused).run()

    def bundle_action(self) -> QAction:
        action = QAction(self.tr("Save &support bundle…"), self.window)
        action.setObjectName("support_bundle_action")
        action.triggered.connect(self.ask_and_save)
        return action

    def ask_and_save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Save support bundle"),
                                                    str(Path.home() / _bundle_name()),
                                                    self.tr("Zip archives (*.zip)"))
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        """The log's tail, versions, diagnostics and settings, without secrets, for a ticket."""
        bar = self.window.statusBar()
        from desktop.support_bundle import write_bundle

        self._handle = (Op(write_bundle, Path(path))
                        .success(lambda _p: bar.showMessage(
                            self.tr("Support bundle saved: %1").replace("%1", path), 10_000))
                        .failure(lambda e: bar.showMessage(
                            self.tr("The support bundle could not be saved: %1")
                            .replace("%1", getattr(e, "strerror", None) or str(e)), 10_000))
                        .run())
