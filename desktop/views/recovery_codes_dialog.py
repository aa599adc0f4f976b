"""The ten recovery codes of two-factor sign-in, shown once: to print, copy or write down."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.views.page_kit import wrapped_label


class RecoveryCodesDialog(QDialog):
    def __init__(self, codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery codes"))
        self.setMinimumWidth(460)
        self.codes = list(codes)
        intro = wrapped_label(self, text=self.tr(
            "Each of these codes signs you in once without your phone. Keep them somewhere safe "
            "(printed, or in a password manager): they are shown only now. Older recovery codes "
            "no longer work."))
        grid = QGridLayout()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        half = (len(self.codes) + 1) // 2
        for i, code in enumerate(self.codes):
            label = QLabel(code, self)
            label.setObjectName(f"recovery_code_{i}")
            label.setFont(mono)
            grid.addWidget(label, i % half, i // half)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.setObjectName("copy_codes")
        self.copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.accept)  # closing is the way on: the codes were seen
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.codes))
