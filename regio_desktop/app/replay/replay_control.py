"""The replay's play control: play and pause, a step back and forward, the speed, and a slider
over the years, with the year shown large.

Keys, while the control or its slider has the focus: Space plays or pauses, Left and Right step
one year, Home and End go to the first and the last year. Playing stops at the last year; play
again from there starts over from the first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QWidget,
)

SPEEDS = (0.5, 1.0, 2.0, 4.0)
"""Years per second the replay can play at."""
DEFAULT_SPEED = 1.0


class ReplayControl(QWidget):
    """Play, pause, step and a year slider from ``first`` to ``last``; ``year_changed`` says
    which year to show, whatever moved it (a key, a button, the slider or the timer)."""

    year_changed = Signal(int)
    playing_changed = Signal(bool)

    def __init__(self, first: int, last: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        style = self.style()
        self.back_button = QPushButton()
        self.back_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.play_button = QPushButton()
        self.forward_button = QPushButton()
        self.forward_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))
        for button in (self.back_button, self.play_button, self.forward_button):
            # The control takes the keys (Space would press a focused button twice over).
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.play_button.clicked.connect(self.toggle)
        self.speed_label = QLabel()
        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem("", speed)
        self.speed_combo.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self.speed_combo.currentIndexChanged.connect(self._speed_changed)
        self.speed_label.setBuddy(self.speed_combo)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(first, last)
        self.slider.setPageStep(5)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(5)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.installEventFilter(self)
        self.first_label, self.last_label = QLabel(str(first)), QLabel(str(last))
        self.year_label = QLabel(str(first))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.year_label.setFont(font)
        self.year_label.setMinimumWidth(self.year_label.fontMetrics().horizontalAdvance("8888") + 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.back_button, self.play_button, self.forward_button):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.year_label)
        layout.addWidget(self.first_label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.last_label)
        layout.addSpacing(8)
        layout.addWidget(self.speed_label)
        layout.addWidget(self.speed_combo)
        self._speed_changed()
        self.retranslate()

    # --- reading -----------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.slider.value()

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    @property
    def speed(self) -> float:
        """Years per second."""
        return float(self.speed_combo.currentData())

    # --- acting ------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        """Show ``year`` (kept within the slider's years)."""
        self.slider.setValue(year)

    def set_range(self, first: int, last: int) -> None:
        self.slider.setRange(first, last)
        self.first_label.setText(str(first))
        self.last_label.setText(str(last))

    def step(self, years: int) -> None:
        self.set_year(self.year + years)

    def play(self) -> None:
        if self.playing:
            return
        if self.year >= self.slider.maximum():
            self.set_year(self.slider.minimum())
        self.timer.start()
        self._playing_shown()

    def pause(self) -> None:
        if not self.playing:
            return
        self.timer.stop()
        self._playing_shown()

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def _tick(self) -> None:
        if self.year >= self.slider.maximum():
            self.pause()
            return
        self.step(1)
        if self.year >= self.slider.maximum():
            self.pause()

    def _speed_changed(self) -> None:
        self.timer.setInterval(round(1000 / self.speed))

    def _slider_moved(self, year: int) -> None:
        self.year_label.setText(str(year))
        self.year_changed.emit(year)

    def _playing_shown(self) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause
            if self.playing
            else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if self.playing else self.tr("Play"))
        self.play_button.setToolTip(
            self.tr("Pause the replay (Space)") if self.playing else self.tr("Play (Space)")
        )
        self.playing_changed.emit(self.playing)

    # --- keys --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.slider
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            return self._key(event.key())
        return super().eventFilter(watched, event)

    def _key(self, key: int) -> bool:
        """Act on a key; whether it was one of the control's."""
        if key == Qt.Key.Key_Space:
            self.toggle()
        elif key == Qt.Key.Key_Left:
            self.step(-1)
        elif key == Qt.Key.Key_Right:
            self.step(1)
        elif key == Qt.Key.Key_Home:
            self.set_year(self.slider.minimum())
        elif key == Qt.Key.Key_End:
            self.set_year(self.slider.maximum())
        else:
            return False
        return True

    def retranslate(self) -> None:
        self.back_button.setToolTip(self.tr("One year back (Left)"))
        self.back_button.setAccessibleName(self.tr("One year back"))
        self.forward_button.setToolTip(self.tr("One year on (Right)"))
        self.forward_button.setAccessibleName(self.tr("One year on"))
        self.play_button.setAccessibleName(self.tr("Play or pause the replay"))
        self.speed_label.setText(self.tr("&Years a second:"))
        for index, speed in enumerate(SPEEDS):
            self.speed_combo.setItemText(index, QLocale().toString(speed))
        self.speed_combo.setToolTip(self.tr("How many years the replay plays per second"))
        self.slider.setAccessibleName(self.tr("Year"))
        self.slider.setToolTip(
            self.tr("The year shown: drag, or use Left and Right; Space plays and pauses")
        )
        self.setAccessibleName(self.tr("Replay control"))
        self._playing_shown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
