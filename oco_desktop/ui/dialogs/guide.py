"""Help > User guide: the offline guide in the window's language (resources/guide), with its
screenshots; F1 opens it at the section about the page on screen."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QTextBrowser, QWidget

from oco_desktop.paths import resources_dir

# The section each page opens at (the Secretariat's Sync page: what the Secretariat does).
PAGE_SECTIONS = {
    "dashboard": "setup",
    "staff": "roster",
    "organisation": "roster",
    "tna": "tna",
    "programme": "programme",
    "people": "programme",
    "reports": "programme",
    "sync": "sync",
}
_HEADING = re.compile(r'<h2 id="(?P<id>[\w-]+)">(?P<title>.*?)</h2>', re.S)


def guide_folder() -> Path:
    return resources_dir() / "guide"


def guide_file(language: str) -> Path:
    found = guide_folder() / f"guide_{language}.html"
    return found if found.exists() else guide_folder() / "guide_en.html"


def section_for(page_key: str, secretariat: bool) -> str:
    section = PAGE_SECTIONS.get(page_key, "setup")
    return "secretariat" if secretariat and section == "sync" else section


def sections(text: str) -> list[tuple[str, str]]:
    """(anchor, title) of each section of the guide, in order."""
    found = []
    for match in _HEADING.finditer(text):
        found.append((match["id"], html.unescape(re.sub(r"<[^>]+>", "", match["title"]))))
    return found


class GuideDialog(QDialog):
    """A window beside the main one (not modal): the contents on the left, the guide on the
    right."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("OCO Desktop user guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        source = guide_file(language)
        text = source.read_text(encoding="utf-8")
        self.anchors = [anchor for anchor, _title in sections(text)]
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Contents of the guide"))
        for _anchor, title in sections(text):
            self.contents.addItem(title)
        widest = self.contents.sizeHintForColumn(0) + 2 * self.contents.frameWidth() + 8
        self.contents.setFixedWidth(min(widest, self.fontMetrics().averageCharWidth() * 44))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(source.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(source.parent) + "/"))
        self.browser.setHtml(text)
        self.contents.currentRowChanged.connect(self._contents_chosen)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.browser, 1)
        self.resize(900, 560)

    def _contents_chosen(self, row: int) -> None:
        if 0 <= row < len(self.anchors):
            self.browser.scrollToAnchor(self.anchors[row])

    def show_section(self, anchor: str) -> None:
        row = self.anchors.index(anchor) if anchor in self.anchors else 0
        if self.contents.currentRow() == row:
            self._contents_chosen(row)
        else:
            self.contents.setCurrentRow(row)
        self.show()
        self.raise_()
        self.activateWindow()
