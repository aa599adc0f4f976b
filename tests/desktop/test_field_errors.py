"""One place turns an ApiError into a field message or a banner, in the UI language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.api_client import ApiError, FieldIssue
from desktop.views.field_errors import FormErrors, describe, error_label


def _form(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    errors = FormErrors(QLabel(host))
    email = QLineEdit(host)
    street = QLineEdit(host)
    errors.add("email", email, error_label(host))
    errors.add("address.street", street, error_label(host))
    return host, errors, email, street


def test_field_issues_land_at_their_fields_and_the_rest_in_the_banner(qtbot):
    _, errors, email, street = _form(qtbot)
    err = ApiError("Invalid input.", status=422, type="urn:switchboard:problem:validation",
                   field="email", rule="email.unique",
                   errors=[FieldIssue("email", "email.unique", "exists"),
                           FieldIssue("address.street", "required", "This field is required."),
                           FieldIssue("vat_number", "vat_number.invalid", "bad VAT")])
    first = errors.show(err)
    assert first is email
    assert errors.message_for("email").startswith("An account with this e-mail address exists already.")
    assert errors.message_for("address.street") == "This field is required."
    assert errors.banner.text() == "This is not a valid VAT number for the chosen country."
    errors.clear()
    assert errors.message_for("email") == "" and errors.banner.isHidden()


def test_connection_failures_and_lockouts_are_worded_for_people():
    offline = ApiError("raw", kind="connection")
    assert describe(offline).startswith("The provider cannot be reached.")
    locked = ApiError("raw", status=429, type="urn:switchboard:problem:sign-in-locked", retry_after=61)
    assert describe(locked) == "Too many failed sign-ins. Try again in 2 minutes."
    assert describe(ValueError("boom")) == "Something went wrong in Switchboard: ValueError"
