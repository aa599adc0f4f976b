"""Dispute one call: a note saying what is wrong, checked here first (not empty, at most 500
characters), then sent (online) or kept on this computer for the next sync (offline)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.sources.invoices import MAX_NOTE
from desktop.views.form_dialog import FormDialog
from desktop.views.form_rows import line_edit


class DisputeDialog(FormDialog):
    def __init__(self, source: Any, call_id: int, call_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Dispute a call"), intro=self.tr(
            "Call %1. Say what is wrong with it; the provider checks the call and answers by "
            "e-mail.").replace("%1", call_text), min_width=460)
        self.setObjectName("dispute_dialog")
        self.source, self.call_id = source, call_id
        self.note = line_edit(self, "note")
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("e.g. I never called this number"))
        self.add_field("note", self.tr("&What is wrong:"), self.note, error_name="note_error")
        self.add_primary(self.tr("&Dispute call"), "send_dispute")
        self.buttons.addButton(self.buttons.StandardButton.Cancel)
        self.finish()
        self.sent: bool | None = None  # True: at the provider; False: kept for the next sync

    def submit(self) -> None:
        self.errors.clear()
        text = self.note.text().strip()
        if not text:
            self.errors.set_field_error("note", self.tr("Say what is wrong with the call."))
            self.note.setFocus()
            return
        self.run(f"dispute-{id(self)}", self.source.dispute, self.call_id, text, on_success=self._done)

    def _done(self, sent: bool) -> None:
        self.sent = sent
        self.accept()
