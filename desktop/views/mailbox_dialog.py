"""Help → Sandbox mailbox: the e-mails the sandbox provider would have sent.

Links in a mail (reset, invitation) can be clicked to follow them in the client, or copied.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import Op
from desktop.views.page_kit import named_button, wrapped_label

LINK = re.compile(r"(?:switchboard|https?)://[^\s<>\"']+")


def links_in(body: str) -> list[str]:
    return LINK.findall(body or "")


def body_html(body: str) -> str:
    """Plain-text mail body as HTML with every link made clickable."""
    out, last = [], 0
    for match in LINK.finditer(body):
        out.append(html.escape(body[last:match.start()]))
        url = match.group(0)
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = match.end()
    out.append(html.escape(body[last:]))
    return "<pre style='white-space: pre-wrap; font-family: sans-serif'>" + "".join(out) + "</pre>"


class MailboxDialog(QDialog):
    link_activated = Signal(str)

    def __init__(self, account: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account  # desktop.sources.account.AccountSource
        self.setWindowTitle(self.tr("Sandbox mailbox"))
        self.resize(820, 520)
        note = wrapped_label(self, text=self.tr(
            "The sandbox sends no real e-mail. These are the messages it would have sent. Click a link to "
            "follow it in Switchboard."))
        self.mails = QTreeWidget(self)
        self.mails.setObjectName("mails")
        self.mails.setHeaderLabels([self.tr("Received"), self.tr("To"), self.tr("Subject")])
        self.mails.setRootIsDecorated(False)
        self.mails.setColumnWidth(0, 130)
        self.mails.setColumnWidth(1, 200)
        self.body = QTextBrowser(self)
        self.body.setObjectName("body")
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(self._anchor)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.mails)
        splitter.addWidget(self.body)
        splitter.setSizes([200, 300])
        self.refresh_button = named_button(self.tr("&Refresh"), "refresh", self)
        self.copy_button = named_button(self.tr("&Copy link"), "copy_link", self)
        self.copy_button.setEnabled(False)
        self.open_button = named_button(self.tr("&Open link"), "open_link", self)
        self.open_button.setEnabled(False)
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self._copy)
        self.open_button.clicked.connect(self._open)
        self.mails.currentItemChanged.connect(self._select)
        self.current_links: list[str] = []
        self.loaded: list[Any] = []
        self._handles: dict[str, Any] = {}
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self._handles["list"] = (Op(self.account.mailbox).success(self._listed)
                                 .failure(self._failed).key("mailbox-list").run())

    def _listed(self, mails: list[Any]) -> None:
        self.loaded = sorted(mails, key=lambda m: m.created_at, reverse=True)
        self.mails.clear()
        for mail in self.loaded:
            when = mail.created_at.strftime("%Y-%m-%d %H:%M") if mail.created_at else ""
            item = QTreeWidgetItem([when, mail.to_address, mail.subject])
            item.setData(0, Qt.ItemDataRole.UserRole, mail.id)
            self.mails.addTopLevelItem(item)
        self.status.setText(self.tr("%n message(s)", "", len(self.loaded)))
        if self.loaded:
            self.mails.setCurrentItem(self.mails.topLevelItem(0))

    def _select(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        mail_id = item.data(0, Qt.ItemDataRole.UserRole)
        self._handles["mail"] = (Op(self.account.mail, mail_id).success(self._show_mail)
                                 .failure(self._failed).key("mailbox-mail").run())

    def _show_mail(self, mail: Any) -> None:
        body = mail.body or ""
        self.body.setHtml(body_html(body))
        self.current_links = [u for u in links_in(body) if u.startswith("switchboard://")] or links_in(body)
        self.copy_button.setEnabled(bool(self.current_links))
        self.open_button.setEnabled(any(u.startswith("switchboard://") for u in self.current_links))

    def _anchor(self, url: QUrl) -> None:
        self.link_activated.emit(url.toString())

    def _copy(self) -> None:
        if self.current_links:
            QGuiApplication.clipboard().setText(self.current_links[0])
            self.status.setText(self.tr("Link copied."))

    def _open(self) -> None:
        if self.current_links:
            self.link_activated.emit(self.current_links[0])

    def _failed(self, err: Any) -> None:
        from desktop.views.field_errors import describe

        self.status.setText(describe(err) if hasattr(err, "kind") else str(err))
