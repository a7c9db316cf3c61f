"""Light, dark or the system's colours: the application palette plus the stylesheet built on it.

The stylesheet (resources/styles/annotator.qss) names no fixed background: its colours come from
the palette in use, so a system dark theme is followed as it is, and the Light and Dark choices
in Preferences replace the palette (on the Fusion style, which honours every palette role)."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from annotator.resources import resource_path
from annotator.ui.common.i18n import mark, translator

tr = translator("common.theme")

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = {SYSTEM: mark("Follow the system"), LIGHT: mark("Light"), DARK: mark("Dark")}
DEFAULT_READER_FONTS = '"Georgia", "Noto Serif", "DejaVu Serif", serif'
Role = QPalette.ColorRole

_DARK_COLOURS = {
    Role.Window: "#2b2b2b", Role.WindowText: "#e6e6e6", Role.Base: "#1f1f1f",
    Role.AlternateBase: "#282828", Role.ToolTipBase: "#3a3a3a", Role.ToolTipText: "#f0f0f0",
    Role.PlaceholderText: "#a0a0a0", Role.Text: "#e6e6e6", Role.Button: "#353535",
    Role.ButtonText: "#e6e6e6", Role.BrightText: "#ff6b6b", Role.Light: "#4a4a4a",
    Role.Midlight: "#3c3c3c", Role.Mid: "#5a5a5a", Role.Dark: "#151515", Role.Shadow: "#000000",
    Role.Highlight: "#3d6fb0", Role.HighlightedText: "#ffffff", Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
}  # fmt: skip
_DISABLED_DARK = {Role.WindowText: "#7a7a7a", Role.Text: "#7a7a7a", Role.ButtonText: "#7a7a7a"}


def theme_names() -> dict[str, str]:
    """The choices of Preferences, in the interface's language."""
    return {key: tr(name) for key, name in THEMES.items()}


class _State:
    system_palette: QPalette | None = None
    system_style: str = ""
    choice: str = SYSTEM
    pending_sheet: str | None = None  # apply(later=True): set by apply_pending_stylesheet()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DISABLED_DARK.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Base).lightness() < 128


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """`a` moved towards `b` by `share_of_b` (0: a, 1: b)."""

    def channel(x: int, y: int) -> int:
        return round(x + (y - x) * share_of_b)

    return QColor(
        channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue())
    )


def muted_text(palette: QPalette) -> QColor:
    """Secondary text (captions, bylines, dates): faded towards the background, still AA."""
    return mix(palette.color(Role.Text), palette.color(Role.Base), 0.3)


def stylesheet(palette: QPalette, reader_family: str = "", reader_size: float = 12.0) -> str:
    """The application stylesheet for `palette` and the reader's font."""
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    dark = is_dark(palette)
    family = f'"{reader_family}", {DEFAULT_READER_FONTS}' if reader_family else DEFAULT_READER_FONTS
    values = {
        "reader_font_family": family,
        "reader_font_size": f"{reader_size:g}pt",
        "muted": muted_text(palette).name(),
        "quote_background": mix(base, text, 0.06).name(),
        "quote_border": mix(base, text, 0.35).name(),
        "note": "#f2b36b" if dark else "#8a4b00",
        "empty_state": mix(text, base, 0.25).name(),
    }
    template = resource_path("styles", "annotator.qss").read_text(encoding="utf-8")
    return Template(template).substitute(values)


def current_palette() -> QPalette:
    app = QGuiApplication.instance()
    return QGuiApplication.palette() if app is not None else QPalette()


def apply(
    app: QApplication,
    choice: str,
    reader_family: str = "",
    reader_size: float = 12.0,
    *,
    later: bool = False,
) -> None:
    """Use theme `choice` (system, light or dark) and the reader font, in every open window.

    `later`: the style sheet waits for `apply_pending_stylesheet()` (the start-up sets it once
    the main window's widgets exist: under a style sheet every widget added to a parent is
    polished again, 0.15 s of the window's construction; set once, each is polished once)."""
    if _State.system_palette is None:
        _State.system_palette = QPalette(app.palette())
        _State.system_style = app.style().name()
    choice = choice if choice in THEMES else SYSTEM
    if choice == SYSTEM:
        if _State.choice != SYSTEM:  # give back what the system had
            app.setStyle(QStyleFactory.create(_State.system_style) or app.style())
            app.setPalette(_State.system_palette)
    else:
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if choice == DARK else light_palette())
    _State.choice = choice
    sheet = stylesheet(app.palette(), reader_family, reader_size)
    _State.pending_sheet = sheet
    if not later:
        apply_pending_stylesheet()


def apply_pending_stylesheet() -> None:
    """Set the style sheet that `apply(..., later=True)` left waiting, if any."""
    app = QApplication.instance()
    sheet, _State.pending_sheet = _State.pending_sheet, None
    if sheet is not None and isinstance(app, QApplication) and sheet != app.styleSheet():
        app.setStyleSheet(sheet)  # setting it repolishes every widget: only when it changes


def current_choice() -> str:
    return _State.choice
