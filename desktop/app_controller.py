"""Wires the main window, the dialogs and the session together; starts the embedded sandbox.

Everything that touches the network, the keyring or the provider process runs in tasks.
Modules that pull in requests or keyring are imported inside tasks, after the window is
up, so the first paint does not wait for them.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from desktop import i18n, tasks
from desktop.app_dialogs import DialogsMixin
from desktop.startup_work import Preload, load_charts, start_sandbox, sweep_scratch
from desktop.store_notices import show_store_notice
from desktop.tasks import Op
from desktop.views.field_errors import describe

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)
SWEEP_DELAY_MS = 1500
# At quit, how long the live thread may take to end (its stream is closed first; a request it
# has just sent ends by itself, 401 once the session's tokens are dropped).
LIVE_STOP_WAIT_S = 3.0


class AppController(QObject, DialogsMixin):
    ready = Signal()  # signed in and the dashboard shows the account
    failed = Signal(str)  # could not get to a signed-in state without the user (sandbox start)

    def __init__(self, window: MainWindow, *, profile_name: str | None, sandbox: bool,
                 settings: Any = None, data_dir: str | None = None, preload: Preload | None = None,
                 early: Any = None, sandbox_server: Any = None) -> None:
        super().__init__(window)
        self.started_server = sandbox_server  # a SandboxServer desktop.app started early, if any
        self.preload = preload
        self.early = early  # an EarlyResume already running for profile_name, if any
        self.window = window
        self.profile_name = profile_name
        self.sandbox_mode = sandbox
        self.settings = settings
        self.data_dir = data_dir
        self.server: Any = None
        self.session: Any = None
        self.store: Any = None
        self.keyring_status: tuple[bool, str] = (True, "")
        self.dialog: Any = None  # the sign-in dialog while open
        self._handles: dict[str, Any] = {}
        self._swept = False
        self.pending_links: list[str] = []  # links that arrived before there was a session
        window.sign_out_requested.connect(self.sign_out)
        window.sign_in_requested.connect(self.open_sign_in)
        window.change_password_requested.connect(self.open_change_password)
        window.security_requested.connect(self.open_security)
        window.mailbox_requested.connect(self.open_mailbox)
        window.sandbox_panel_requested.connect(self.open_sandbox_panel)
        window.diagnostics_requested.connect(self.open_diagnostics)
        window.language_chosen.connect(self.set_language)
        window.connection_saved.connect(self.save_connection)
        from desktop.offline import OfflineMode

        self.offline = OfflineMode(self)
        self.offline.went_offline.connect(self._went_offline)
        self.offline.store_ready.connect(self._store_ready)
        self.offline.synced.connect(self._synced)
        self.offline.store_notice.connect(lambda notice: show_store_notice(self.window, notice))
        self.offline.retry_scheduled.connect(
            lambda seconds: self.offline.offline and self.window.show_offline(self.offline.since, seconds))
        window.retry_requested.connect(self.offline.retry_now)
        from desktop.live_wiring import LiveWiring

        self.live = LiveWiring(self)
        self.live.live.session_ended.connect(self.sign_out)
        window.review_requested.connect(self.open_review)
        window.installEventFilter(self)  # its Close stops the background sync
        from desktop.views.window_memory import WindowMemory

        # Size, splitter and columns as this profile's window was left (the sandbox has its own).
        self.memory = WindowMemory(settings, profile_name or ("sandbox" if sandbox else "default"))
        self.memory.attach(window, window.splitter)

    # -- start ------------------------------------------------------------------------------
    def start(self) -> None:
        self.window.set_sandbox(self.sandbox_mode)
        self.window.show_status(self.tr("Connecting to the sandbox…") if self.sandbox_mode
                                else self.tr("Connecting…"))
        if self.early is not None and not self.sandbox_mode:
            if self.early.result is not None:
                self._adopt(*self.early.result)
            else:
                self.early.landed.connect(lambda: self._adopt(*self.early.result))
            return
        preload = self.preload or Preload()
        if preload.finished:
            self._core_loaded(preload.error)
        else:
            preload.done.connect(self._core_loaded)

    def _adopt(self, session: Any, me: Any, error: BaseException | None) -> None:
        """Take over the session EarlyResume opened (or the reason it could not)."""
        if session is None:
            self._core_loaded(None)  # no such profile (or it failed before a session existed)
            if error is not None:
                self._error(error)
            return
        self.store, self.secrets, self.session = session.profiles, session.secrets, session
        session.setParent(self)
        session.signed_in.connect(self._signed_in)
        session.recovery_codes.connect(self.show_recovery_codes)
        session.signed_out.connect(self._signed_out)
        session.error.connect(self._error)
        profile = session.profile
        self.window.set_connection(profile.base_url, profile.ca_bundle, profile.proxy)
        QTimer.singleShot(0, self, self._open_pending_links)
        self._handles["keyring"] = Op(self.secrets.available).success(self._keyring_known).run()
        if error is None:
            session.deliver_resumed(me)
            return
        if self._maybe_offline(error):
            return
        self.window.show_signed_out(describe(error))
        self.open_sign_in()
        self.dialog.show_error(error)

    def _core_loaded(self, error: BaseException | None = None) -> None:
        if error is not None:
            self._fatal(error)
            return
        from desktop.profiles import ProfileStore
        from desktop.secrets import SecretStore

        self.store = ProfileStore(self.settings)
        self.secrets = SecretStore()
        self._handles["keyring"] = Op(self.secrets.available).success(self._keyring_known).run()
        if self.sandbox_mode:
            self._handles["sandbox"] = (Op(start_sandbox, self.data_dir, self.started_server)
                                        .success(self._sandbox_ready).failure(self._fatal).run())
            self._handles["charts"] = Op(load_charts).success(lambda _r: self._charts_loaded()).failure(
                lambda err: log.info("charts not preloaded: %s", err)).run()
            return
        profile = self.store.get(self.profile_name) if self.profile_name else None
        if profile is None:
            self.window.show_signed_out(self.tr("Sign in to continue."))
            self.open_sign_in()
            return
        self._use_profile(profile)
        self.session.try_resume()

    def _charts_loaded(self) -> None:
        """While the sandbox still starts, the UI thread has nothing to do: the dashboard's chart
        widgets are built then, in the demo account's currency, so its figures need only drawing."""
        from desktop.sandbox import DEMO_CURRENCY

        panel = self.window.dashboard.panel
        if panel is not None and self.session is None:
            panel.prepare_charts(DEMO_CURRENCY)

    def _keyring_known(self, status: tuple[bool, str]) -> None:
        self.keyring_status = status
        if self.dialog is not None:
            self.dialog.set_keyring_status(status)

    def _sandbox_ready(self, result: tuple[Any, str]) -> None:
        from desktop.profiles import SANDBOX_PROFILE, Profile
        from desktop.sandbox import DEMO_IDENTIFIER, DEMO_PASSWORD

        self.server, base_url = result
        self.window.show_status(self.tr("Signing in to the demo account…"))
        self._use_profile(Profile(SANDBOX_PROFILE, base_url, DEMO_IDENTIFIER), persist=False)
        self.session.sign_in(DEMO_IDENTIFIER, DEMO_PASSWORD, False)

    def _use_profile(self, profile: Any, persist: bool = True) -> None:
        from desktop.session import AppSession

        if self.session is None:
            self.session = AppSession(profile, self.secrets, self.store if persist else None, self)
            self.session.signed_in.connect(self._signed_in)
            self.session.recovery_codes.connect(self.show_recovery_codes)
            self.session.signed_out.connect(self._signed_out)
            self.session.error.connect(self._error)
        elif profile != self.session.profile:
            self.session.use_profile(profile)
        self.window.set_connection(profile.base_url, profile.ca_bundle, profile.proxy)
        QTimer.singleShot(0, self, self._open_pending_links)

    def _fatal(self, err: BaseException) -> None:
        text = str(err) if not hasattr(err, "kind") else describe(err)
        if self.sandbox_mode:
            text = self.tr("The sandbox could not start: %1").replace("%1", text)
        self.window.show_signed_out(text)
        self.failed.emit(text)

    def _sweep_once(self) -> None:
        """Once a run, a moment after the window shows the account or asks to sign in (so the
        first paint never shares the CPU with it): the leftovers of crashed runs go, off the UI
        thread."""
        if not self._swept:
            self._swept = True
            QTimer.singleShot(SWEEP_DELAY_MS, self, self._sweep)

    def _sweep(self) -> None:
        self._handles["sweep"] = Op(sweep_scratch).failure(
            lambda e: log.info("scratch sweep failed: %s", e)).run()

    # -- session outcomes -------------------------------------------------------------------
    def _signed_in(self, me: Any) -> None:
        self._sweep_once()
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.window.show_signed_in(me)
        self.window.hide_offline()
        self._show_brand(me)
        if self.session is not None:
            # A store of another account (signed out and in as someone else) is never shown under
            # this one's name: the pages wait for this account's store (store_ready).
            store = self.offline.store if self.offline.store_account == me.account.id else None
            client = self.session.client
            # What the pages and the store load starts once the window has painted the account
            # (desktop/tasks.py until_painted).
            with tasks.until_painted(self.window):
                self.window.set_context(self._context(me, store))
                # The sandbox's store is a scratch one for this run (desktop/offline.py), opened
                # and filled in Ops after the window shows the account.
                self.offline.online(client, self.session.profile.name, me, sandbox=self.sandbox_mode)
            self.live.start(client, me.account.id)
            # After the first paint, so the start never shares the CPU with them: the provider's
            # version for About, and the update check (at most daily).
            QTimer.singleShot(SWEEP_DELAY_MS, self, self._after_first_paint)
        self.ready.emit()

    def _after_first_paint(self) -> None:
        if self.session is None:
            return
        if not self.sandbox_mode:
            self.window.support.check_updates(manual=False, settings=self.settings)
        client = self.session.client

        def known(about: Any) -> None:
            if self.session is not None and self.session.client is client and self.session.me is not None:
                self.window.support.set_provider_version(about.version)

        self._handles["about"] = Op(client.about).success(known).failure(
            lambda err: log.info("provider version not known: %s", err)).run()

    def _show_brand(self, me: Any) -> None:
        """A reseller's customer sees the reseller's name, colour and logo (fetched off the UI
        thread; the band shows the name at once and the logo when it arrives)."""
        brand = getattr(me, "brand", None)
        self.window.show_brand(brand, None)
        if brand is None or brand.logo_media_type is None or self.session is None:
            return
        from desktop.sources import Sources

        source = Sources.of(self.session.client, me.account).account
        self._handles["brand"] = Op(source.brand_logo).success(
            lambda logo: self.window.show_brand(brand, logo)).failure(
            lambda e: log.info("brand logo not loaded: %s", e)).run()

    # -- the local store and offline mode ---------------------------------------------------
    def _maybe_offline(self, err: BaseException) -> bool:
        """The provider did not answer while signing in again: open on the cache (True) if any."""
        from desktop.offline import unreachable

        if self.sandbox_mode or self.session is None or not unreachable(err) or self.dialog is not None:
            return False
        if self.offline.offline:
            self.offline.still_unreachable()
            return True

        def nothing_cached() -> None:
            self.window.show_signed_out(describe(err))
            self.open_sign_in()
            if self.dialog is not None:
                self.dialog.show_error(err)

        self.offline.try_offline(self.session.profile.name, self.session.try_resume, nothing_cached)
        return True

    def _went_offline(self, me: Any, since: Any) -> None:
        self.live.stop()
        self._sweep_once()
        self.window.show_signed_in(me)
        self.window.show_offline(since)
        self.window.set_context(self._context(me, self.offline.store, offline=True, offline_since=since))
        self.ready.emit()

    def _context(self, me: Any, store: Any, *, offline: bool = False, offline_since: Any = None) -> Any:
        """What the pages get: who is signed in, and the account's sources over the session's
        client and the local store."""
        from desktop.sources import Sources
        from desktop.views.pages import PageContext

        i18n.set_account_country(me.account.country)  # "Deutsch": Swiss or German by the account
        sources = Sources.of(self.session.client, me.account, store=store, offline=offline)
        return PageContext(me=me, sources=sources, offline_since=offline_since,
                           extras={"store_synced": self.offline.synced})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.memory.save(self.window, self.window.splitter)
            self.shutdown()
        return super().eventFilter(watched, event)

    def open_review(self) -> None:
        ctx = self.window.context
        if ctx is None or not ctx.sources.invoices.stored:
            self.window.statusBar().showMessage(
                self.tr("No invoices on this computer yet: they arrive with the first sync."), 10_000)
            return
        from desktop.views.invoices.compare_dialog import CompareMonthsDialog

        CompareMonthsDialog(ctx, parent=self.window).open()

    def _store_ready(self, store: Any) -> None:
        # The signed-in account's own context: while acting for a customer, window.context is the
        # customer's, and handing that back would end acting and show this store as the customer's.
        ctx = self.window.own_context
        if (ctx is not None and ctx.sources.backends.store is not store and ctx.me is not None
                and ctx.me.account.id == self.offline.store_account):
            self.window.set_context(replace(ctx, sources=ctx.sources.with_store(store)))

    def _synced(self, result: Any) -> None:
        """Pages reading the store connect to ctx.extras["store_synced"]; the context itself stays,
        so a sync does not make every page reload."""
        if result.changed:
            log.info("local store synced: %d invoices new or changed", result.changed)

    def _signed_out(self) -> None:
        self.live.stop()
        self.window.support.set_provider_version(None)
        self.window.show_signed_out()
        if not self.sandbox_mode and self.dialog is None and self.window.isVisible():
            self.open_sign_in()

    def _error(self, err: BaseException) -> None:
        if self.session is not None and self.session.me is None and self._maybe_offline(err):
            return
        if self.dialog is not None:
            self.dialog.show_error(err)
        elif self.session is not None and self.session.me is None:
            self.window.show_signed_out(describe(err))
            if self.sandbox_mode:
                self.failed.emit(describe(err))
        else:
            self.window.statusBar().showMessage(describe(err), 10_000)

    # -- sign-in and friends (the dialogs: desktop/app_dialogs.py) ----------------------------
    def sign_out(self) -> None:
        if self.session is not None:
            self.session.sign_out()

    def open_sandbox_panel(self) -> None:
        from desktop.views.sandbox_panel import SandboxPanel

        ctx = self.window.own_context
        if self.sandbox_mode and ctx is not None and ctx.me is not None:
            SandboxPanel(ctx, parent=self.window).open()

    def open_change_password(self) -> None:
        from desktop.views.change_password_dialog import ChangePasswordDialog

        if self.session is None or self.session.me is None:
            return
        me = self.session.me
        dialog = ChangePasswordDialog(self._account(), user_id=me.account.user_id,
                                      email=me.user.email, parent=self.window)
        dialog.accepted.connect(lambda: self.window.statusBar().showMessage(
            self.tr("Your password has been changed."), 10_000))
        dialog.open()

    # -- settings ---------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        i18n.remember_language(lang, self.settings)
        if not i18n.install(lang):
            QMessageBox.information(self.window, "Switchboard",
                                    "The German translation is not built; run `make translations`.")

    def save_connection(self, base_url: str, ca_bundle: str, proxy: str) -> None:
        if self.session is None or self.store is None:
            return
        try:
            profile = self.store.save(replace(self.session.profile, base_url=base_url,
                                              ca_bundle=ca_bundle or None, proxy=proxy or None))
        except ValueError as exc:
            self.window.settings.show_connection_error(str(exc))
            return
        self.window.statusBar().showMessage(
            self.tr("Connection saved for profile %1.").replace("%1", profile.name), 10_000)

    def shutdown(self) -> None:
        """The window closed (or the app quits): stop what works for it in the background."""
        tasks.open_gates()  # what waits for a paint starts now, so that it is stopped with the rest
        self.offline.stop()
        self.live.stop(wait_seconds=LIVE_STOP_WAIT_S)
        self.window.set_context(None)
        if self.session is not None:
            self.session.client.detach()
        if self.server is not None:
            self.server.stop()
            self.server = None
