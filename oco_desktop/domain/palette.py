"""Colours that mean the same thing in the window and in the PDF reports (plain hex strings,
so the Qt widgets and ReportLab's charts both read them from here)."""

from __future__ import annotations

# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
WOMEN = "#e69f00"
MEN = "#0072b2"
OTHER_SEX = "#999999"
