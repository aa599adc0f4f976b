"""Numbers & VoIP against the real sandbox provider: order a number by area code, see its SIP
settings, show/copy/change/regenerate the VoIP password (a login password is refused at the
field, with the difference explained), and a porting request with its interim forwarding."""

import re

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from desktop.api_client import ApiClient, ConnectionSettings
from desktop.tasks import wait_all
from desktop.views.numbers.numbers_page import NumbersPage
from tests.desktop.helpers import PASSWORD, private_single
from tests.desktop.subscription_support import TIMEOUT, business_owner, dialog_of, show_page
from tests.desktop.views_support import close_windows  # noqa: F401


def test_order_number_and_manage_its_voip_password(qtbot, provider_server, unique_email):
    client = business_owner(provider_server, unique_email("voip"), users=None)
    page = show_page(qtbot, NumbersPage, client)
    assert page.title.text() == "Numbers overview"
    assert page.number_model.rowCount() == 0 and page.no_numbers.isVisibleTo(page)

    page.order_button.click()
    dialog = dialog_of(qtbot, "OrderNumberDialog")
    assert "a month" in dialog.intro.text()
    dialog.area.setCurrentIndex(dialog.area.findData("4930"))
    dialog.primary.click()
    qtbot.waitUntil(lambda: page.number_model.rowCount() == 1 and page.voip_model.rowCount() == 1,
                    timeout=TIMEOUT)
    number = page.number_model.record(0)
    assert number.number.startswith("+4930")
    assert page.number_model.display(number, 2).startswith("sb4930")

    page.tabs.setCurrentWidget(page.voip_tab)
    panel = page.panel
    assert panel.fields["sip_user"].text().startswith("sb4930")
    assert panel.fields["registrar"].text() and panel.fields["port"].text().isdigit()
    assert "not your login password" in panel.note.text()
    panel.show_button.click()
    qtbot.waitUntil(lambda: panel.secret is not None, timeout=TIMEOUT)
    first = panel.secret
    assert panel.fields["password"].text() == first and len(first) == 20
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == first

    panel.change_button.click()
    dialog = dialog_of(qtbot, "VoipPasswordDialog")
    assert "not your login password" in dialog.intro.text()
    dialog.password.setText("short")
    assert not dialog.primary.isEnabled() and dialog.meter.value() == 0
    dialog.password.setText(PASSWORD)  # the owner's login password: meets the VoIP rules
    assert dialog.primary.isEnabled()
    dialog.primary.click()
    qtbot.waitUntil(lambda: dialog.errors.message_for("password") != "", timeout=TIMEOUT)
    assert "login password" in dialog.errors.message_for("password")
    assert dialog.isVisible()
    dialog.password.setText("Phone-Desk-2026-xyz")
    assert dialog.meter.value() >= 3
    dialog.primary.click()
    qtbot.waitUntil(lambda: panel.secret == "Phone-Desk-2026-xyz", timeout=TIMEOUT)
    assert "changed" in panel.status.text()

    panel.regenerate_button.click()
    box = dialog_of(qtbot, "confirm_regenerate")
    box.findChild(QPushButton, "yes").click()
    qtbot.waitUntil(lambda: panel.secret not in (None, "Phone-Desk-2026-xyz"), timeout=TIMEOUT)
    assert len(panel.secret) == 20 and panel.fields["password"].text() == panel.secret
    assert client.request("GET", f"/accounts/{client.me().account.id}/voip-accounts/"
                          f"{panel.voip.id}/password")["password"] == panel.secret

    # Porting with the interim forwarding to the new number.
    page.tabs.setCurrentWidget(page.porting_tab)
    page.port_button.click()
    dialog = dialog_of(qtbot, "PortingDialog")
    dialog.numbers.setPlainText("+41 44 999 12 34")
    dialog.provider.setText("Old Telco AG")
    dialog.forward.setCurrentIndex(dialog.forward.findData(number.number))
    dialog.caller_id.setChecked(True)
    dialog.primary.click()
    qtbot.waitUntil(lambda: page.porting_model.rowCount() == 1, timeout=TIMEOUT)
    req = page.porting_model.record(0)
    assert req.status == "submitted" and req.forward_to == number.number
    assert number.number in page.porting_detail.text() and "Submitted" in page.porting_detail.text()
    assert page.interim_button.isEnabled()
    page.interim_button.click()
    dialog = dialog_of(qtbot, "InterimDialog")
    dialog.forward.setCurrentIndex(0)  # no forwarding
    dialog.caller_id.setChecked(False)
    dialog.primary.click()
    qtbot.waitUntil(lambda: page.porting_model.record(0).forward_to is None, timeout=TIMEOUT)
    assert "no forwarding" in page.porting_detail.text()
    wait_all()
    client.close()


def test_porting_refuses_a_bad_number_at_the_field(qtbot, provider_server, unique_email):
    client = business_owner(provider_server, unique_email("port"), users=None)
    page = show_page(qtbot, NumbersPage, client)
    page.tabs.setCurrentWidget(page.porting_tab)
    page.port_button.click()
    dialog = dialog_of(qtbot, "PortingDialog")
    dialog.numbers.setPlainText("12")
    dialog.provider.setText("Old Telco AG")
    dialog.primary.click()
    qtbot.waitUntil(lambda: dialog.errors.message_for("numbers") != "", timeout=TIMEOUT)
    assert page.porting_model.rowCount() == 0
    wait_all()
    client.close()


def test_a_single_account_sees_its_line_with_a_voip_password_of_its_own(qtbot, provider_server,
                                                                        unique_email):
    """A new single account's main number has its VoIP account from registration on: the
    line's settings show it, and its VoIP password changes apart from the login password."""
    client = ApiClient(ConnectionSettings(provider_server))
    me = client.register(private_single(unique_email("line")))
    page = show_page(qtbot, NumbersPage, client)
    assert page.title.text() == "Your line's settings" and page.tabs.currentWidget() is page.voip_tab
    assert page.voip_model.rowCount() == 1
    line = page.voip_model.record(0)
    shown = page.voip_model.line_text(line)  # grouped, as the number is written: +41 44 555 12 34
    assert re.fullmatch(r"\+41 \d\d \d{3} \d\d \d\d", shown)
    assert shown.replace(" ", "") == f"+{me.account.user_id}"
    panel = page.panel
    assert panel.fields["sip_user"].text() == f"sb{me.account.user_id}"
    assert panel.change_button.isEnabled() and panel.show_button.isEnabled()
    panel.change_button.click()
    dialog = dialog_of(qtbot, "VoipPasswordDialog")
    dialog.password.setText(PASSWORD)  # the login password: refused at the field
    dialog.primary.click()
    qtbot.waitUntil(lambda: dialog.errors.message_for("password") != "", timeout=TIMEOUT)
    dialog.password.setText("Line-Phone-2026-abc")
    dialog.primary.click()
    qtbot.waitUntil(lambda: panel.secret == "Line-Phone-2026-abc", timeout=TIMEOUT)
    # The login password still signs in.
    again = ApiClient(ConnectionSettings(provider_server))
    assert again.sign_in(me.account.user_id, PASSWORD).account.id == me.account.id
    wait_all()
    client.close()
    again.close()
