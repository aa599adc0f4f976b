"""Access rights: the account's users with their roles (invite, change role, remove) and the open
invitations (revoke). The owner cannot be removed nor given another role here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from desktop.models.access.members_model import InvitationsModel, MemberColumn, MembersModel
from desktop.sources.access import AccessOverview, AccessSource
from desktop.tasks import Op
from desktop.views.access.access_dialogs import InviteDialog, RoleDialog
from desktop.views.action_gate import gate
from desktop.views.field_errors import describe
from desktop.views.page_kit import confirm, hbox, heading, named_button, show_status, status_line, vbox
from desktop.views.pages import DataPage, PageContext, register
from desktop.views.record_table import RecordTable
from desktop.views.roles import role_name

MANAGE = "users.manage"


@register("access")
class AccessPage(DataPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: AccessSource | None = None
        self.loaded = False
        self.title = heading(self.tr("Access rights"), self)

        users_box = QGroupBox(self.tr("Users"), self)
        self.members = MembersModel(role_name, self)
        self.users_table = RecordTable(self.members, users_box, "users")
        self.users_table.sortByColumn(MemberColumn.ROLE, Qt.SortOrder.AscendingOrder)
        self.users_table.on_activate = lambda _m: self._change_role()
        self.invite_button = named_button(self.tr("&Add user…"), "invite", users_box)
        self.role_button = named_button(self.tr("Change &role…"), "change_role", users_box)
        self.remove_button = named_button(self.tr("&Remove user…"), "remove_user", users_box)
        vbox(users_box, self.users_table, hbox(self.invite_button, self.role_button, self.remove_button, 1))

        inv_box = QGroupBox(self.tr("Pending invitations"), self)
        self.invitations = InvitationsModel(role_name, self)
        self.inv_table = RecordTable(self.invitations, inv_box, "invitations")
        self.revoke_button = named_button(self.tr("Re&voke invitation"), "revoke", inv_box)
        vbox(inv_box, self.inv_table, hbox(self.revoke_button, 1))

        self.status = status_line(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(users_box, 3)
        layout.addWidget(inv_box, 2)

        self.invite_button.clicked.connect(self._invite)
        self.role_button.clicked.connect(self._change_role)
        self.remove_button.clicked.connect(self._remove)
        self.revoke_button.clicked.connect(self._revoke)
        self.users_table.selectionModel().selectionChanged.connect(lambda *_: self._apply_gates())
        self.inv_table.selectionModel().selectionChanged.connect(lambda *_: self._apply_gates())
        self._apply_gates()

    def context_changed(self, ctx: PageContext | None) -> None:
        self.source = ctx.sources.access if ctx is not None and ctx.me else None
        if ctx is None:
            self.loaded = False
            self.members.set_records([])
            self.invitations.set_records([])
        self._apply_gates()

    def reload(self) -> None:
        if self.source is not None:
            Op(self.source.overview).success(self._show).failure(self._failed).key("access:load").run()

    def _failed(self, err: BaseException) -> None:
        self.loaded = True
        show_status(self.status, describe(err), error=True)
        self._apply_gates()

    def _show(self, overview: AccessOverview) -> None:
        self.members.set_records(overview.members)
        self.invitations.set_records(overview.invitations)
        for table in (self.users_table, self.inv_table):
            table.fit_columns()
            table.select_first()
        self.loaded = True
        self._apply_gates()

    # -- gates ------------------------------------------------------------------------------
    def _apply_gates(self) -> None:
        ctx = self.ctx
        gate(self.invite_button, ctx, MANAGE)
        member = self.users_table.selected()
        me_id = ctx.me.user.id if ctx is not None and ctx.me is not None else None
        for button, action in ((self.role_button, "role"), (self.remove_button, "remove")):
            if not gate(button, ctx, MANAGE):
                continue
            reason = None
            if member is None:
                reason = self.tr("Choose a user first.")
            elif member.role == "owner":
                reason = (self.tr("The owner cannot be removed. The owner hands ownership over first.")
                          if action == "remove" else
                          self.tr("The owner's role changes only when the owner hands ownership over."))
            elif member.id == me_id and action == "remove":
                reason = self.tr("You cannot remove yourself; ask the owner or another administrator.")
            if reason:
                button.setEnabled(False)
                button.setToolTip(reason)
        if gate(self.revoke_button, ctx, MANAGE) and self.inv_table.selected() is None:
            self.revoke_button.setEnabled(False)
            self.revoke_button.setToolTip(self.tr("Choose an invitation first."))

    # -- actions ----------------------------------------------------------------------------
    def _invite(self) -> None:
        if self.source is None or not self.invite_button.isEnabled():
            return
        InviteDialog(self, self.source).open_for_result(self._invited)

    def _invited(self, inv: Any) -> None:
        show_status(self.status, self.tr("Invitation sent to %1 as %2.").replace("%1", inv.email)
                    .replace("%2", role_name(inv.role)))
        self.reload()

    def _change_role(self) -> None:
        member = self.users_table.selected()
        if self.source is None or member is None or not self.role_button.isEnabled():
            return
        RoleDialog(self, self.source, member).open_for_result(self._role_changed)

    def _role_changed(self, m: Any) -> None:
        show_status(self.status, self.tr("%1 now has the role %2.").replace("%1", m.name or m.email)
                    .replace("%2", role_name(m.role)))
        self.reload()

    def _remove(self) -> None:
        member = self.users_table.selected()
        if self.source is None or member is None or not self.remove_button.isEnabled():
            return
        source = self.source
        confirm(self, "confirm_remove", self.tr("Remove user"),
                self.tr("Remove %1 <%2>? They can no longer sign in; their open sessions end now.")
                .replace("%1", member.name).replace("%2", member.email), self.tr("&Remove"),
                lambda: Op(source.remove, member.id).success(lambda _r: self._removed(member))
                .failure(self._failed).key("access:remove").run())

    def _removed(self, member: Any) -> None:
        show_status(self.status, self.tr("%1 was removed.").replace("%1", member.name or member.email))
        self.reload()

    def _revoke(self) -> None:
        inv = self.inv_table.selected()
        if self.source is None or inv is None or not self.revoke_button.isEnabled():
            return
        self.revoke_button.setEnabled(False)
        Op(self.source.revoke, inv.id).success(lambda _r: self._revoked(inv)).failure(self._failed) \
            .key("access:revoke").run()

    def _revoked(self, inv: Any) -> None:
        show_status(self.status, self.tr("The invitation to %1 was revoked; its link no longer works.")
                    .replace("%1", inv.email))
        self.reload()
