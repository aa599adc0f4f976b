"""What an event from the live stream does to the open window: the local store synced for
invoice events, the pages that show the change reloaded (now if shown, else when next shown),
the header balance and the notifications checked again. F5 / View > Refresh goes the same way
for the page shown: from the provider, through a store sync where the page reads the store."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from desktop.live import BALANCE_KINDS, EVERYTHING, POLLING, STORE_KINDS, STREAM, LiveUpdates, pages_for

log = logging.getLogger(__name__)
SETTLE_MS = 150  # events that come together (a payment and its balance) make one reload
STORE_PAGES = frozenset({"invoices", "dashboard"})  # read the local store where there is one


class LiveWiring(QObject):
    def __init__(self, controller: Any) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.live = LiveUpdates(self)
        self.live.changed.connect(self._changed)
        self.live.mode_changed.connect(self._mode)
        self.pending: set[str] = set()
        self.after_sync: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._apply)
        controller.offline.synced.connect(self._synced)
        self.indicator = QLabel(self.window)
        self.indicator.setObjectName("live_indicator")
        self.indicator.hide()
        self.window.statusBar().addPermanentWidget(self.indicator)
        if hasattr(self.window, "refresh_requested"):
            self.window.refresh_requested.connect(self.refresh_shown)

    # -- the session ----------------------------------------------------------------------------
    def start(self, client: Any, account_id: int) -> None:
        self.live.start(client, account_id)

    def stop(self, wait_seconds: float = 0) -> None:
        self.live.stop(wait_seconds)
        self.pending.clear()
        self.after_sync.clear()

    def _mode(self, mode: str) -> None:
        # Unobtrusive: a word in the status bar's corner; the diagnostics tell more.
        texts = {STREAM: self.tr("Live"), POLLING: self.tr("Updates every 30 s")}
        tips = {STREAM: self.tr("Changes on the account appear as they happen."),
                POLLING: self.tr("The live connection cannot be held (a proxy may buffer it): "
                                 "the app asks the provider for changes every 30 seconds.")}
        self.indicator.setText(texts.get(mode, ""))
        self.indicator.setToolTip(tips.get(mode, ""))
        self.indicator.setVisible(mode in texts)
        badge = getattr(self.window, "balance_badge", None)
        if badge is not None and badge.ctx is not None:
            # The stream says when the balance moves: the badge's own polling only while it cannot.
            badge.timer.stop() if mode == STREAM else badge.timer.start()

    # -- events ---------------------------------------------------------------------------------
    def _changed(self, kinds: frozenset[str]) -> None:
        self.pending |= kinds
        self._timer.start()

    def _apply(self) -> None:
        kinds, self.pending = frozenset(self.pending), set()
        everything = kinds == EVERYTHING or pages_for(kinds) is None
        pages = set(self.window.pages) if everything else set(pages_for(kinds) or ())
        ctx = self.window.context
        if ctx is None or ctx.me is None:
            return
        if everything or kinds & STORE_KINDS:
            store_pages = pages & STORE_PAGES
            self.after_sync |= store_pages
            self._sync()
        self.reload(pages)
        if everything or kinds & BALANCE_KINDS:
            self.window.balance_badge.refresh()
        self.window.notifications.notifier.check()

    def _sync(self) -> None:
        session = self.controller.session
        if session is not None and session.me is not None:
            self.controller.offline.sync(session.client, session.me.account.id)

    def _synced(self, _result: Any) -> None:
        pages, self.after_sync = self.after_sync, set()
        self.reload(pages)

    def reload(self, keys: set[str]) -> None:
        for key in keys:
            page = self.window.pages.get(key)
            page = getattr(page, "page", page)  # a LazyPage not built yet has nothing to reload
            if page is None or not hasattr(page, "reload"):
                continue
            if page.isVisible():
                page.reload()
            elif hasattr(page, "_stale"):
                page._stale = True  # reloads when next shown

    def refresh_shown(self) -> None:
        """F5: the shown page from the provider; a page reading the store after a sync."""
        key = self.window.current_page()
        if key in STORE_PAGES:
            self.after_sync.add(key)
            self._sync()
        self.reload({key})
        self.window.balance_badge.refresh()
