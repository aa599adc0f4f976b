"""Access rights against the real sandbox provider: invite (the mail arrives in the sandbox
mailbox), change role, remove, revoke; the owner cannot be removed, and the button says why."""

from PySide6.QtWidgets import QApplication

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.tasks import wait_all
from desktop.views.access.access_page import AccessPage
from tests.desktop.helpers import PASSWORD
from tests.desktop.subscription_support import TIMEOUT, business_owner, dialog_of, show_page
from tests.desktop.views_support import close_windows  # noqa: F401


def _select(page, email):
    for row in range(page.users_table.proxy.rowCount()):
        index = page.users_table.proxy.index(row, 0)
        if page.users_table.source.record(page.users_table.proxy.mapToSource(index).row()).email == email:
            page.users_table.selectRow(row)
            return
    raise AssertionError(f"{email} not listed")


def test_invite_change_role_remove_and_the_owner_stays(qtbot, provider_server, unique_email):
    owner_email = unique_email("owner")
    client = business_owner(provider_server, owner_email, users=None)
    page = show_page(qtbot, AccessPage, client)
    assert page.members.rowCount() == 1
    _select(page, owner_email)
    assert not page.remove_button.isEnabled()
    assert "owner cannot be removed" in page.remove_button.toolTip()
    assert not page.role_button.isEnabled() and page.role_button.toolTip()

    invitee = unique_email("tech")
    page.invite_button.click()
    dialog = dialog_of(qtbot, "InviteDialog")
    dialog.email.setText(invitee)
    dialog.role.setCurrentIndex(dialog.role.findData("technical"))
    dialog.primary.click()
    qtbot.waitUntil(lambda: page.invitations.rowCount() == 1, timeout=TIMEOUT)
    assert invitee in page.status.text()
    mails = [m for m in client.sandbox_mailbox(to=invitee) if m.kind == "invitation"]
    assert mails, "the invitation mail is in the sandbox mailbox"
    link = client.sandbox_mail(mails[0].id).link("accept-invitation")
    assert link

    # The same address again with a bad role answer: a duplicate user is refused at the field.
    page.invite_button.click()
    dialog = dialog_of(qtbot, "InviteDialog")
    dialog.email.setText(owner_email)
    dialog.primary.click()
    qtbot.waitUntil(lambda: dialog.errors.message_for("email") != "", timeout=TIMEOUT)
    dialog.reject()

    newcomer = ApiClient(ConnectionSettings(provider_server))
    newcomer.accept_invitation(link, "Tina Tech", PASSWORD)
    newcomer.close()
    page.reload()
    qtbot.waitUntil(lambda: page.members.rowCount() == 2 and page.invitations.rowCount() == 0,
                    timeout=TIMEOUT)
    _select(page, invitee)
    assert page.role_button.isEnabled() and page.remove_button.isEnabled()
    page.role_button.click()
    dialog = dialog_of(qtbot, "RoleDialog")
    dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
    dialog.primary.click()
    qtbot.waitUntil(lambda: "Viewer" in page.status.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: any(m.role == "viewer" for m in page.members.records), timeout=TIMEOUT)

    _select(page, invitee)
    page.remove_button.click()
    box = dialog_of(qtbot, "confirm_remove")
    box.findChild(type(page.remove_button), "yes").click()
    qtbot.waitUntil(lambda: page.members.rowCount() == 1, timeout=TIMEOUT)
    assert "removed" in page.status.text()

    # Revoke: a new invitation, then withdrawn.
    page.invite_button.click()
    dialog = dialog_of(qtbot, "InviteDialog")
    dialog.email.setText(unique_email("late"))
    dialog.primary.click()
    qtbot.waitUntil(lambda: page.invitations.rowCount() == 1, timeout=TIMEOUT)
    page.inv_table.selectRow(0)
    page.revoke_button.click()
    qtbot.waitUntil(lambda: page.invitations.rowCount() == 0, timeout=TIMEOUT)
    assert "revoked" in page.status.text()
    wait_all()
    QApplication.processEvents()
    client.close()
