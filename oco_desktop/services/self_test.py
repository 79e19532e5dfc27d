"""`oco-desktop --self-test`: check that this installation works, on temporary data only.

Run after an install (and by `make dist` on the frozen build): it opens two temporary stores (the
OCO Secretariat and a member office), migrates them, loads the reference data, sends a sync
bundle from the member and reads it back at the Secretariat, renders a one-page PDF, and (the Qt
part, given by the caller) builds the main window. Each check reports what it saw; the first
failing check stops the run. Nothing outside the temporary folder is touched.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from oco_desktop import APP_NAME, __version__
from oco_desktop.domain.roster import Role
from oco_desktop.language import N_, _, format_number, ngettext, pgettext
from oco_desktop.paths import DataPaths, resources_dir
from oco_desktop.store.engine import Store

SELF_TEST_MEMBER = "FJ"
MIN_MEMBERS = 20  # the reference data lists every OCO member administration


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float = 0.0

    def line(self) -> str:
        """One line of the report, in the app's language (the names are marked N_)."""
        mark = pgettext("self-test mark", "ok") if self.ok else pgettext("self-test mark", "FAIL")
        return _("{mark} {name}: {detail}").format(
            mark=f"{mark:<4}", name=_(self.name), detail=self.detail
        )


@dataclass
class SelfTestRun:
    """The temporary installations the checks share."""

    folder: Path
    stores: dict[str, Store] = field(default_factory=dict)

    def paths(self, site: str) -> DataPaths:
        return DataPaths(self.folder / site)

    @property
    def member(self) -> Store:
        return self.stores[SELF_TEST_MEMBER]

    @property
    def secretariat(self) -> Store:
        return self.stores["SEC"]

    def close(self) -> None:
        for store in self.stores.values():
            store.close()
        self.stores.clear()


def _scalar(store: Store, sql: str, *params: object) -> object:
    from oco_desktop.store import crypt

    conn = crypt.connect(store.paths.database, crypt.data_key(store.paths), read_only=True)
    try:
        row = conn.execute(sql, params).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def check_stores(run: SelfTestRun) -> str:
    """Two new installations, made and migrated the way `oco-desktop init` makes them."""
    import secrets

    from oco_desktop.services.setup import SetupRequest, initialise
    from oco_desktop.services.sync import trust as sync_trust
    from oco_desktop.store import crypt
    from oco_desktop.store.schema_version import HEAD_REVISION

    def secret() -> crypt.NewSecret:
        return crypt.new_secret(secrets.token_urlsafe(16))

    run.stores["SEC"] = initialise(
        run.paths("SEC"), SetupRequest(Role.SECRETARIAT), secret=secret()
    )
    card = run.folder / "secretariat.card"
    sync_trust.export_card(run.secretariat, card)
    request = SetupRequest(
        Role.MEMBER, SELF_TEST_MEMBER, "Self-test office", "Viti Levu", secretariat_card=card
    )
    run.stores[SELF_TEST_MEMBER] = initialise(run.paths(SELF_TEST_MEMBER), request, secret=secret())
    for site, store in run.stores.items():
        revision = _scalar(store, "SELECT version_num FROM alembic_version")
        if revision != HEAD_REVISION:
            raise SelfTestFailure(
                _("the {site} store is at schema {revision}, not {head}").format(
                    site=site, revision=revision, head=HEAD_REVISION
                )
            )
    return _("two temporary stores (Secretariat, {member}) migrated to {revision}").format(
        member=SELF_TEST_MEMBER, revision=HEAD_REVISION
    )


def check_encryption(run: SelfTestRun) -> str:
    """The stores are encrypted with SQLCipher: plain SQLite cannot read them, the key can."""
    from oco_desktop.store import crypt

    store = run.member
    with store.paths.database.open("rb") as handle:
        if handle.read(16) == crypt.SQLITE_MAGIC:
            raise SelfTestFailure(_("the member's data file is a plain SQLite file, not encrypted"))
    plain = sqlite3.connect(f"file:{store.paths.database}?mode=ro", uri=True)
    try:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass
    else:
        raise SelfTestFailure(_("plain SQLite reads the member's data file without the key"))
    finally:
        plain.close()
    conn = crypt.connect(store.paths.database, crypt.data_key(store.paths), read_only=True)
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
    finally:
        conn.close()
    if not version:
        raise SelfTestFailure(_("the SQLite library in this build is not SQLCipher"))
    if not provider:
        return _("SQLCipher {version} (unknown provider)").format(version=version[0])
    return f"SQLCipher {version[0]} ({provider[0]})"


def check_reference_data(run: SelfTestRun) -> str:
    """The shipped reference files are readable and were loaded into the store."""
    from oco_desktop.store.reference import members_reference

    shipped = len(members_reference())
    loaded = _scalar(run.member, "SELECT count(*) FROM member")
    if shipped < MIN_MEMBERS:
        raise SelfTestFailure(
            _("the reference data lists only {count} member administrations").format(count=shipped)
        )
    if loaded != shipped:
        raise SelfTestFailure(
            _("the store holds {loaded} members; the reference data lists {shipped}").format(
                loaded=loaded, shipped=shipped
            )
        )
    files = sorted(p.name for p in (resources_dir() / "reference").glob("*.json"))
    return _("{count} member administrations loaded; {files} reference files").format(
        count=loaded, files=len(files)
    )


def check_sync_bundle(run: SelfTestRun) -> str:
    """The member's first bundle goes to the Secretariat and back: keys, signatures,
    encryption, compression, the merge and the acknowledgement."""
    from oco_desktop.services.sync import export as sync_export
    from oco_desktop.services.sync import import_ as sync_import
    from oco_desktop.services.sync import trust as sync_trust

    member, secretariat = run.member, run.secretariat
    sent = sync_export.export_bundle(member, run.folder / "to-secretariat")
    size = sum(path.stat().st_size for path in sent.files)
    [received] = sync_import.import_bundle(secretariat, sent.files)
    if received.status != "quarantined":
        raise SelfTestFailure(
            _(
                "the Secretariat read the member's first bundle as {status!r} ({reason}), not "
                "as a key waiting to be trusted"
            ).format(status=received.status, reason=received.reason)
        )
    # What the member's officer would read by phone: its own key's fingerprint.
    fingerprint = sync_trust.load_site_keys(member.paths).card().fingerprint
    sync_trust.trust(secretariat, SELF_TEST_MEMBER, fingerprint)
    released = sync_import.release_quarantine(secretariat, SELF_TEST_MEMBER)
    if not released or released[0].status != "applied":
        if not released:
            raise SelfTestFailure(_("the trusted bundle was not applied: nothing was released"))
        raise SelfTestFailure(
            _("the trusted bundle was {status}, not applied").format(status=released[0].status)
        )
    offices = _scalar(
        secretariat, "SELECT count(*) FROM office WHERE member_code = ?", SELF_TEST_MEMBER
    )
    if offices != 1:
        raise SelfTestFailure(
            _("the Secretariat holds {count} offices of the member, not 1").format(count=offices)
        )
    reply = sync_export.export_bundle(
        secretariat, run.folder / "to-member", recipient=SELF_TEST_MEMBER
    )
    [answered] = sync_import.import_bundle(member, reply.files)
    if answered.status != "applied":
        raise SelfTestFailure(
            _("the member read the Secretariat's reply as {status!r} ({reason})").format(
                status=answered.status, reason=answered.reason
            )
        )
    return _(
        "bundle of {size} bytes signed and sealed by {member}, read back by the Secretariat "
        "(1 office), reply read back by the member"
    ).format(size=format_number(size), member=SELF_TEST_MEMBER)


def embedded_font() -> Path | None:
    """The TrueType font shipped in resources/fonts (the upright, regular face first), if any."""
    folder = resources_dir() / "fonts"
    fonts = sorted(folder.glob("*.ttf")) if folder.is_dir() else []

    def styled(font: Path) -> bool:
        return any(word in font.stem.lower() for word in ("bold", "italic", "oblique"))

    return min(fonts, key=lambda f: (styled(f), len(f.name), f.name), default=None)


def render_pdf(font: Path | None = None) -> bytes:
    """A one-page PDF with ReportLab, in the embedded font when one is given."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    face = "Helvetica"
    if font is not None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        face = "OcoSelfTest"
        pdfmetrics.registerFont(TTFont(face, str(font)))
    out = BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setTitle(f"{APP_NAME} self-test")
    page.setFont(face, 14)
    page.drawString(72, 770, f"{APP_NAME} {__version__}: self-test page")
    page.setFont(face, 11)
    page.drawString(72, 745, "Fakafetaʻi, vinaka, merci: Tonga, Fiji, Wallis-et-Futuna.")
    page.showPage()
    page.save()
    return out.getvalue()


def pdf_page_count(data: bytes) -> int:
    """Pages of a ReportLab PDF: its page objects are plain (uncompressed) dictionaries."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def check_pdf(run: SelfTestRun) -> str:
    font = embedded_font()
    data = render_pdf(font)
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        raise SelfTestFailure(_("ReportLab wrote something that is not a whole PDF file"))
    pages = pdf_page_count(data)
    if pages != 1:
        raise SelfTestFailure(
            ngettext(
                "the PDF has {count} page, not 1", "the PDF has {count} pages, not 1", pages
            ).format(count=format_number(pages))
        )
    if font is not None and b"/FontFile2" not in data:
        raise SelfTestFailure(
            _("the font {font} was not embedded in the PDF").format(font=font.name)
        )
    (run.folder / "self-test.pdf").write_bytes(data)
    if font:
        done = _("one-page PDF of {size} bytes, font {font} embedded")
    else:
        done = _("one-page PDF of {size} bytes, built-in Helvetica (no font in resources)")
    return done.format(size=format_number(len(data)), font=font.name if font else "")


def check_pdf_preview(run: SelfTestRun) -> str:
    """The Reports page's preview renders the self-test page (PDFium through pypdfium2, loaded
    by ctypes, so only running it proves a frozen build carries it)."""
    try:
        from oco_desktop.reports import preview
    except ImportError:
        return _("this version has no report preview")
    if importlib.util.find_spec("pypdfium2") is None:
        return _("pypdfium2 is not installed: reports are saved but not previewed")
    images, count = preview.render_pages(run.folder / "self-test.pdf", width=200, limit=1)
    if count != 1 or not images:
        raise SelfTestFailure(
            _("the preview shows {shown} of {count} pages, not 1 of 1").format(
                shown=len(images), count=count
            )
        )
    page = images[0]
    if page.width != 200 or not page.data.strip(b"\xff"):
        raise SelfTestFailure(
            _("the preview of the page is blank ({width}x{height})").format(
                width=page.width, height=page.height
            )
        )
    return _("page 1 of 1 rendered at {width}x{height} pixels").format(
        width=page.width, height=page.height
    )


def check_data_files(run: SelfTestRun) -> str:
    from oco_desktop.services.health import check

    for site, store in run.stores.items():
        report = check(store.paths)
        if not report.healthy:
            raise SelfTestFailure(
                _("the {site} data file: {problems}").format(
                    site=site, problems="; ".join(report.problems)
                )
            )
    return _("integrity and foreign keys of both data files")


Check = Callable[[SelfTestRun], str]
# What the Qt checks (ui/self_test.py, app.self_test_window) say, marked here since the
# catalogue of the layers below the window is not extracted from ui/.
QT_SENTENCES = {
    "qt": N_("Qt {version}, platform plugin {plugin!r}"),
    "no_svg": N_("Qt cannot read SVG images (the imageformats/qsvg plugin is missing)"),
    "no_icons": N_("no icons found in {folder}"),
    "blank_icons": N_("these icons do not render: {names}"),
    "qt_french": N_("Qt's French translation {file} cannot be loaded"),
    "no_catalogue": N_("this build has no French catalogue (.mo) under {folder}"),
    "bad_qm": N_("the app's French translation {file} cannot be loaded"),
    "both_load": N_("French: Qt's and the app's translations load"),
    "no_qm": N_("this build has no French translation ({file} is missing)"),
    "qm_not_built": N_("French: Qt's translation loads; the app's is not built in this checkout"),
    "window": N_("main window built: {title}"),
    "no_dashboard": N_("the main window has no dashboard page (pages: {pages})"),
    "pages": N_("pages: {pages}"),
    "first_page": N_("the first page shown is {page}, not dashboard"),
    "wrong_total": N_("the dashboard shows {shown!r} staff in post; the store holds {expected}"),
    "no_status": N_("the status bar does not show the offline state and data folder"),
    "status_bar": N_("status bar: {text}"),
}


def icons_render(count: int) -> str:
    return ngettext("{count} SVG icon renders", "{count} SVG icons render", count).format(
        count=format_number(count)
    )


def dashboard_total(count: int) -> str:
    return ngettext(
        "dashboard shows {count} staff member in post",
        "dashboard shows {count} staff in post",
        count,
    ).format(count=format_number(count))


# The names are shown translated (CheckResult.line); the English one names the check.
CHECKS: tuple[tuple[str, Check], ...] = (
    (N_("store"), check_stores),
    (N_("encryption"), check_encryption),
    (N_("reference data"), check_reference_data),
    (N_("sync bundle"), check_sync_bundle),
    (N_("pdf"), check_pdf),
    (N_("pdf preview"), check_pdf_preview),
    (N_("data files"), check_data_files),
)


@contextmanager
def temporary_run() -> Iterator[SelfTestRun]:
    with tempfile.TemporaryDirectory(prefix="oco-self-test-") as folder:
        run = SelfTestRun(Path(folder))
        try:
            yield run
        finally:
            run.close()


def run_checks(
    run: SelfTestRun,
    report: Callable[[CheckResult], None],
    extra: tuple[tuple[str, Check], ...] = (),
) -> bool:
    """Run every check in order, reporting each; stop at the first failure. True if all pass.
    `extra` checks (the window, which needs Qt) run after the data checks."""
    for name, check in CHECKS + extra:
        started = time.perf_counter()
        try:
            detail = check(run)
        except Exception as exc:  # any failure of the installation is reported, not raised
            if isinstance(exc, SelfTestFailure):  # a sentence in the app's language
                detail = str(exc)
            else:  # an unexpected error: its kind tells the developer where to look
                detail = f"{type(exc).__name__}: {str(exc) or type(exc).__name__}"
            report(CheckResult(name, False, detail))
            return False
        report(CheckResult(name, True, detail, time.perf_counter() - started))
    return True
