"""The header's bell: how many notifications arrived unseen, and a list of this session's
notifications (newest first, with their time) that it opens. The list lives in a popup so it
never takes room from the page; opening it marks everything read. Keyboard: the bell is in the
Tab chain and opens with Enter or Space; the list takes the focus, Escape closes it and gives
the focus back to the bell."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.dates import date_text
from desktop.views.page_kit import wrapped_label

ICON_SIZE = 22
BADGE_RED = "#c0392b"  # the balance badge's warning red: white text reads on it in both themes
# The style's standard icons by name: the first use of a QStyle enum makes PySide6 create all
# of QStyle's (some 600 members, 5 ms), which the window's first paint does not need.
KIND_ICONS = {"low_balance": "SP_MessageBoxWarning", "top_up_failed": "SP_MessageBoxCritical",
              "invoice_issued": "SP_FileIcon", "credit_note_issued": "SP_FileIcon",
              "porting_date_set": "SP_MessageBoxInformation"}


def bell_pixmap(colour: QColor, ring: QColor, unread: int, ratio: float) -> QPixmap:
    """A bell in the text colour (so it reads in light and dark mode), with a red count when
    something is unread, ringed in the background colour to stand apart from the bell."""
    pixmap = QPixmap(round(ICON_SIZE * ratio), round(ICON_SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(ICON_SIZE / 24, ICON_SIZE / 24)
    bell = QPainterPath()
    bell.moveTo(3.5, 18)
    bell.lineTo(20.5, 18)
    bell.lineTo(18.5, 15.5)
    bell.lineTo(18.5, 10.5)
    bell.cubicTo(18.5, 6.6, 15.7, 4.2, 12, 4.2)
    bell.cubicTo(8.3, 4.2, 5.5, 6.6, 5.5, 10.5)
    bell.lineTo(5.5, 15.5)
    bell.closeSubpath()
    bell.addEllipse(QPointF(12, 3.4), 1.4, 1.4)
    bell.addEllipse(QPointF(12, 20.2), 2.2, 1.8)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPath(bell)
    if unread:
        badge = QRectF(11, 0.5, 12.5, 12.5)
        p.setBrush(QColor(BADGE_RED))
        p.setPen(QPen(ring, 1.5))
        p.drawEllipse(badge)
        font = QFont()
        font.setPixelSize(9)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, "9+" if unread > 9 else str(unread))
    p.end()
    return pixmap


def time_text(at: datetime, now: datetime | None = None) -> str:
    """Today's by the clock alone; older ones with their date (a session can span midnight)."""
    now = now or datetime.now().astimezone()
    clock = at.strftime("%H:%M")
    return clock if at.date() == now.date() else f"{date_text(at)}, {clock}"


class NotificationList(QFrame):
    """The popup under the bell."""

    def __init__(self, center: Any, bell: QWidget) -> None:
        super().__init__(bell, Qt.WindowType.Popup)
        self.center, self.bell = center, bell
        self.setObjectName("notification_list")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Notifications"))
        self.title = QLabel(self.tr("Notifications"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = wrapped_label(self, text=self.tr("Since you signed in, newest first. Esc closes."))
        self.items = QListWidget(self)
        self.items.setObjectName("notification_items")
        self.items.setAccessibleName(self.tr("Notifications since you signed in"))
        self.items.setWordWrap(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.items.setSpacing(2)
        self.items.setIconSize(QSize(20, 20))
        self.empty = wrapped_label(self, "notification_empty",
                                   self.tr("No notifications since you signed in."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.empty)
        self.setFixedWidth(400)

    def fill(self) -> None:
        self.items.clear()
        now = datetime.now().astimezone()
        from PySide6.QtWidgets import QStyle  # here: see KIND_ICONS

        style = self.style()
        for notice in reversed(self.center.history):
            when = time_text(notice.at, now)
            item = QListWidgetItem(f"{when}\n{notice.text}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{when}: {notice.text}")
            item.setToolTip(notice.text)
            if notice.kind in KIND_ICONS:
                item.setIcon(style.standardIcon(getattr(QStyle.StandardPixmap, KIND_ICONS[notice.kind])))
            self.items.addItem(item)
        has = self.items.count() > 0
        self.items.setVisible(has)
        self.empty.setVisible(not has)
        if has:
            self.items.setCurrentRow(0)
        rows = min(self.items.count(), 6)
        self.items.setFixedHeight(max(1, rows) * 3 * self.fontMetrics().height() + 8)
        self.adjustSize()

    def open_under(self, anchor: QWidget) -> None:
        self.fill()
        # Right edges aligned under the bell, kept on the screen.
        corner = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height() + 2))
        x, y = corner.x() - self.width(), corner.y()
        screen = anchor.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            x = max(area.left(), min(x, area.right() - self.width()))
            if y + self.height() > area.bottom():
                y = anchor.mapToGlobal(QPoint(0, 0)).y() - self.height() - 2
        self.move(x, y)
        self.show()
        self.activateWindow()
        (self.items if self.items.isVisible() else self).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.bell.setFocus(Qt.FocusReason.PopupFocusReason)  # back where the keyboard user was
            return
        super().keyPressEvent(event)


class NotificationBell(QToolButton):
    def __init__(self, center: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.center = center
        self.setObjectName("notification_bell")
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.popup = NotificationList(center, self)
        self.clicked.connect(self.open_list)
        center.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if not shiboken6.isValid(self):  # the center outlives the window's rebuilds
            return
        if self.popup.isVisible():
            if self.center.unread:
                self.center.mark_read()  # seen as it arrives while the list is open; comes back here
                return
            self.popup.fill()
        unread = self.center.unread
        palette = self.palette()
        self.setIcon(QIcon(bell_pixmap(palette.color(QPalette.ColorRole.ButtonText),
                                       palette.color(QPalette.ColorRole.Window), unread,
                                       self.devicePixelRatioF())))
        text = (self.tr("Notifications: %1 unread").replace("%1", str(unread)) if unread
                else self.tr("Notifications: none unread"))
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(self.tr("Opens the list of this session's notifications."))

    def open_list(self) -> None:
        self.center.mark_read()
        self.popup.open_under(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        # A tool button answers Space only; Enter opens the list too, as on a push button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: Any) -> None:  # Qt's name
        super().paintEvent(event)
        if self.hasFocus():  # a flat tool button shows no focus in Fusion; keyboard users need to see it
            p = QPainter(self)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
            p.end()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
