"""Connection diagnostics: each step passed, failed or skipped, with what to do about it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.support_bundle import remember_diagnostics
from desktop.tasks import Op
from desktop.views.form_rows import line_edit
from desktop.views.page_kit import buddy_label, named_button, wrapped_label


def _diagnose(base_url: str, proxy: str | None, ca_bundle: str | None) -> list[Any]:
    from desktop.diagnostics import run_diagnostics  # socket/ssl work: only ever off the UI thread

    return run_diagnostics(base_url, proxy=proxy, ca_bundle=ca_bundle)


class DiagnosticsDialog(QDialog):
    def __init__(self, base_url: str = "", *, proxy: str | None = None, ca_bundle: str | None = None,
                 run_now: bool = True, live_mode: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy, self.ca_bundle = proxy or None, ca_bundle or None
        self.setWindowTitle(self.tr("Connection diagnostics"))
        self.resize(720, 420)
        self.address = line_edit(self, "address", base_url, placeholder="https://portal.example.ch:8444")
        address_label = buddy_label(self.tr("Provider &address:"), self.address, self)
        self.run_button = named_button(self.tr("&Run checks"), "run", self)
        self.run_button.setDefault(True)
        top = QHBoxLayout()
        top.addWidget(address_label)
        top.addWidget(self.address, 1)
        top.addWidget(self.run_button)
        self.steps = QTreeWidget(self)
        self.steps.setObjectName("steps")
        self.steps.setColumnCount(3)
        self.steps.setHeaderLabels([self.tr("Check"), self.tr("Result"), self.tr("Details")])
        self.steps.setRootIsDecorated(False)
        self.steps.setWordWrap(True)
        self.steps.setUniformRowHeights(False)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.advice = wrapped_label(self, "advice")
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        # How the app learns of changes (docs/live-updates.md): a held stream, or polling.
        self.live_mode = wrapped_label(self, "live_mode", self._live_text(live_mode))
        self.live_mode.setVisible(bool(self.live_mode.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.status)
        layout.addWidget(self.live_mode)
        layout.addWidget(buttons)
        self.run_button.clicked.connect(self.run)
        self.steps.currentItemChanged.connect(self._show_advice)
        self.results: list[Any] = []
        self._handle: Any = None
        if run_now and base_url:
            self.run()

    def _live_text(self, mode: str | None) -> str:
        texts = {"stream": self.tr("Live updates: a stream from the provider is held open; changes "
                                   "appear as they happen."),
                 "polling": self.tr("Live updates: the stream cannot be held here (a proxy may buffer "
                                    "it), so the app asks the provider for changes every 30 seconds."),
                 "stopped": self.tr("Live updates: off (not signed in, or working offline).")}
        return texts.get(mode or "", "")

    def run(self) -> None:
        url = self.address.text().strip()
        if not url:
            self.status.setText(self.tr("Enter the provider's address first."))
            return
        self.steps.clear()
        self.advice.clear()
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Checking the connection…"))
        self._handle = (Op(_diagnose, url, self.proxy, self.ca_bundle)
                        .success(self._show).failure(self._failed).key("diagnostics").run())

    def _result_text(self, ok: bool | None) -> str:
        if ok is None:
            return self.tr("skipped")
        return self.tr("passed") if ok else self.tr("failed")

    def _step_name(self, step: Any) -> str:
        names = {"proxy": self.tr("Proxy"), "resolve": self.tr("Name resolution"),
                 "tcp": self.tr("Connection to port"), "tls": self.tr("TLS and certificate"),
                 "api": self.tr("Provider API")}
        return names.get(getattr(step, "key", ""), step.name)

    def _show(self, steps: list[Any]) -> None:
        self.results = steps
        remember_diagnostics(steps)  # for the support bundle
        self.run_button.setEnabled(True)
        first_failure: QTreeWidgetItem | None = None
        for step in steps:
            mark = {True: "\u2713", False: "\u2717", None: "\u2013"}[step.ok]
            result = f"{mark} {self._result_text(step.ok)}"
            item = QTreeWidgetItem([self._step_name(step), result, step.detail])
            item.setData(0, Qt.ItemDataRole.UserRole, step.advice or "")
            item.setToolTip(2, step.detail)
            self.steps.addTopLevelItem(item)
            if step.ok is False and first_failure is None:
                first_failure = item
        if first_failure is not None:
            self.steps.setCurrentItem(first_failure)
            self.status.setText(self.tr("A check failed. What to do is shown above."))
        else:
            self.status.setText(self.tr("All checks passed: the provider can be reached."))
        self.steps.resizeColumnToContents(0)
        self.steps.resizeColumnToContents(1)

    def _show_advice(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        advice = item.data(0, Qt.ItemDataRole.UserRole) if item else ""
        self.advice.setText(advice or "")

    def _failed(self, err: Exception) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("The checks could not run: %1").replace("%1", str(err)))
