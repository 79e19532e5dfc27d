"""Pages of a written PDF as pixels, for the Reports page's preview (PDFium through
pypdfium2; Qt's own PDF module is not in PySide6-Essentials). No Qt here: the page turns
the pixels into images."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class PreviewUnavailable(RuntimeError):
    """pypdfium2 is not installed: the report can still be saved, not previewed."""


@dataclass(frozen=True)
class PageImage:
    """One page: rows of `stride` bytes, 3 bytes a pixel in B, G, R order (QImage BGR888)."""

    width: int
    height: int
    stride: int
    data: bytes
    points_wide: float = 0.0  # the page's width on paper, in points (1/72 inch)


def render_pages(path: Path, *, width: int = 560, limit: int = 20) -> tuple[list[PageImage], int]:
    """The first `limit` pages scaled to `width` pixels, and the document's page count."""
    try:
        import pypdfium2 as pdfium
    except ImportError as exc:
        raise PreviewUnavailable(str(exc)) from exc
    document = pdfium.PdfDocument(str(path))
    try:
        images = []
        for index in range(min(limit, len(document))):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, may_draw_forms=False)
            images.append(
                PageImage(
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    bytes(bitmap.buffer),
                    page.get_width(),
                )
            )
            page.close()
        return images, len(document)
    finally:
        document.close()
