"""The fonts embedded in every report: DejaVu Sans (resources/fonts), which has the macrons,
the ʻokina (U+02BB) and the accents of Pacific names; the built-in Helvetica has not.

Registered with ReportLab once, on first use (a TrueType font is parsed when registered)."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from oco_desktop.paths import resources_dir

REGULAR = "OcoSans"
BOLD = "OcoSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """The font files are not where the installation keeps them (a broken install)."""


def register_fonts() -> tuple[str, str]:
    """Register the two faces (once per process) and return their names (regular, bold)."""
    global _registered
    with _lock:
        if not _registered:
            folder = resources_dir() / "fonts"
            for name, file in FILES.items():
                path = folder / file
                if not path.is_file():
                    raise FontMissing(f"The report font {path} is missing: reinstall OCO Desktop.")
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
            _registered = True
    return REGULAR, BOLD
