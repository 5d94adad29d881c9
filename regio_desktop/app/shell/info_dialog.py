"""A dialog that only shows something (a guide, a table) with a Close button.

The Help menu's windows are all of this shape; made in one place they close, size and lay out
alike.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


def info_dialog(parent: QWidget, title: str, content: QWidget, size: tuple[int, int]) -> QDialog:
    """``content`` in a dialog titled ``title`` with a Close button (not shown: the caller
    shows or executes it); ``content`` becomes the dialog's child."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)
    dialog.resize(*size)
    return dialog
