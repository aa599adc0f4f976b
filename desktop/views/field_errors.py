"""The one place that turns an ApiError into a message next to a field or in a banner.

Typed against a Protocol rather than importing desktop.api_client, so that views can be
built (and the window painted) before `requests` is imported.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop import i18n

# Red that reads on light and on dark backgrounds alike.
ERROR_STYLE = "color: #e0554d;"


class _Issue(Protocol):
    field: str | None
    rule: str | None
    message: str


class ApiErrorLike(Protocol):
    status: int | None
    type: str
    field: str | None
    rule: str | None
    message: str
    errors: Sequence[_Issue]
    retry_after: int | None
    kind: str


def _slug(err: ApiErrorLike) -> str:
    return (err.type or "").rsplit(":", 1)[-1]


def issue_message(rule: str | None, fallback: str) -> str:
    """A field message in the UI language when the rule is known, else the provider's words."""
    return i18n.rule_message(rule) or fallback


def describe(err: ApiErrorLike | BaseException) -> str:
    """One sentence for a banner: what went wrong, in words a customer understands; for a failure
    on the provider's side, with the request's id for support."""
    if not hasattr(err, "kind"):  # a bug on our side, not the provider's answer
        return QCoreApplication.translate("FieldErrors", "Something went wrong in Switchboard: %1").replace(
            "%1", type(err).__name__)
    reference = support_reference(err)
    return f"{_words(err)} {reference}" if reference else _words(err)


def support_reference(err: ApiErrorLike | BaseException) -> str | None:
    """"(Reference for support: <request id>)" when the provider failed or did not answer in
    time: the provider's log has a line with that id. Not for answers the user can act on
    (wrong input, no permission), nor when the request never reached the provider."""
    request_id = getattr(err, "request_id", None)
    status = getattr(err, "status", None) or 0
    if not request_id or not (status >= 500 or getattr(err, "kind", "") == "timeout"):
        return None
    return QCoreApplication.translate("FieldErrors", "(Reference for support: %1)").replace("%1", request_id)


def _words(err: ApiErrorLike) -> str:
    if err.status == 503:  # ours (problem type busy) or a proxy's: the provider has no room now
        return i18n.problem_message("busy") or err.message
    if err.kind != "problem":
        return i18n.connection_message(err.kind) or err.message
    if err.status == 429:
        return i18n.locked_message(err.retry_after)
    if err.status == 403:
        return i18n.problem_message("forbidden") or err.message
    if err.rule:
        known = i18n.rule_message(err.rule)
        if known:
            return known
    return i18n.problem_message(_slug(err)) or err.message or QCoreApplication.translate(
        "FieldErrors", "Something went wrong.")


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, word-wrapped label meant to sit right under an input."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


class FormErrors:
    """Maps provider field names to (input, error label) and shows an ApiError on them.

    A field the form does not know, or an error without a field, goes to the banner. Field
    names may be dotted (`address.street`); both the full and the last part are tried.
    """

    def __init__(self, banner: QLabel) -> None:
        self.banner = banner
        self.banner.setStyleSheet(ERROR_STYLE)
        self.banner.setWordWrap(True)
        # A reference for support in the message can be copied (the mouse only: no tab stop).
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._fields[field] = (widget, label)

    def clear(self) -> None:
        self.banner.clear()
        self.banner.hide()
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            widget.setProperty("invalid", False)

    def clear_within(self, container: QWidget) -> None:
        """Clear the messages of the fields inside `container` (a wizard's page) only: what the
        provider said about the fields of other pages stays until those are seen again."""
        if container.isAncestorOf(self.banner):
            self.banner.clear()
            self.banner.hide()
        for widget, label in self._fields.values():
            if container.isAncestorOf(widget):
                label.clear()
                label.hide()
                widget.setProperty("invalid", False)

    def set_field_error(self, field: str, message: str) -> bool:
        entry = self._fields.get(field) or self._fields.get(field.rsplit(".", 1)[-1])
        if entry is None:
            return False
        widget, label = entry
        label.setText(message)
        label.show()
        widget.setProperty("invalid", True)
        widget.setAccessibleDescription(message)
        return True

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.show()

    def show(self, err: ApiErrorLike | BaseException) -> QWidget | None:
        """Show `err`; returns the first input that got a message (to focus it), if any."""
        self.clear()
        if not hasattr(err, "errors"):
            self.show_banner(describe(err))
            return None
        issues = list(err.errors) or (
            [_OneIssue(err.field, err.rule, err.message)] if err.field else [])
        first: QWidget | None = None
        unplaced: list[str] = []
        per_field: dict[str, list[str]] = {}  # a field may break several rules: show them all
        for issue in issues:
            message = issue_message(issue.rule, issue.message)
            if issue.field and self.widget_for(issue.field) is not None:
                per_field.setdefault(issue.field, []).append(message)
            else:
                unplaced.append(message)
        for field, messages in per_field.items():
            self.set_field_error(field, "\n".join(messages))
            if first is None:
                first = self.widget_for(field)
        if not issues or unplaced:
            self.show_banner(" ".join(unplaced) if unplaced else describe(err))
        if first is not None:
            first.setFocus()
        return first

    def widget_for(self, field: str) -> QWidget | None:
        entry = self._fields.get(field) or self._fields.get(field.rsplit(".", 1)[-1])
        return entry[0] if entry else None

    def fields(self) -> list[str]:
        return list(self._fields)

    def message_for(self, field: str) -> str:
        entry = self._fields.get(field)
        return entry[1].text() if entry and not entry[1].isHidden() else ""


class _OneIssue:
    def __init__(self, field: str | None, rule: str | None, message: str) -> None:
        self.field = field
        self.rule = rule
        self.message = message
