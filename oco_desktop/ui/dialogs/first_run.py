"""The first-run assistant: set up this office (or the Secretariat), or explore with demo data.

Pages: welcome -> demo, or welcome -> role -> member -> details -> passphrase -> recovery key
(the Secretariat skips the member page and the office fields). The passphrase page's Next runs
the set-up on the worker and keeps the Store; the last page shows the recovery key, once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from oco_desktop.domain.errors import InvalidInput, OcoError
from oco_desktop.domain.roster import OfficeType, Role
from oco_desktop.paths import DataPaths
from oco_desktop.services import passphrase as office_passphrase
from oco_desktop.services import setup
from oco_desktop.services.passphrase import NewSecret
from oco_desktop.services.setup import SetupRequest
from oco_desktop.ui import icons
from oco_desktop.ui.dialogs.passphrase import NewPassphraseFields, RecoveryKeyView, RememberBox
from oco_desktop.ui.i18n import QT_TRANSLATE_NOOP, Retranslated, Translators, fold_words
from oco_desktop.ui.tasks import Op, report_failure
from oco_desktop.ui.widgets.member_picker import MemberPicker, member_text

if TYPE_CHECKING:
    from oco_desktop.store.engine import Store

WELCOME, DEMO, ROLE, MEMBER, DETAILS, PASSPHRASE, RECOVERY = range(7)
DEMO_MEMBER = "TO"
DEMO_STAFF = 60
DEMO_SEED = 1
ERROR_STYLE = "color: #b00020;"

OFFICE_TYPES = {
    OfficeType.HQ: QT_TRANSLATE_NOOP("FirstRunWizard", "Headquarters"),
    OfficeType.SEAPORT: QT_TRANSLATE_NOOP("FirstRunWizard", "Seaport"),
    OfficeType.AIRPORT: QT_TRANSLATE_NOOP("FirstRunWizard", "Airport"),
    OfficeType.MAIL: QT_TRANSLATE_NOOP("FirstRunWizard", "Mail centre"),
    OfficeType.OUTER_ISLAND: QT_TRANSLATE_NOOP("FirstRunWizard", "Outer island office"),
}


def _language_combo(language: str) -> QComboBox:
    """Each language named in itself, so a person who reads only one finds it."""
    combo = QComboBox()
    combo.addItem("English", "en")
    combo.addItem("Français", "fr")
    combo.setCurrentIndex(max(0, combo.findData(language)))
    return combo


def _choice(layout: QVBoxLayout) -> tuple[QRadioButton, QLabel]:
    """A bold radio button with its explanation under it; `retranslate` sets their texts."""
    button = QRadioButton()
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    note = QLabel()
    note.setWordWrap(True)
    note.setIndent(24)
    layout.addWidget(button)
    layout.addWidget(note)
    layout.addSpacing(8)
    return button, note


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setVisible(False)
    return label


def _set_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


class WelcomePage(Retranslated, QWizardPage):
    """The language first (it switches the assistant at once), then set up or explore."""

    def __init__(self, wizard: FirstRunWizard, paths: DataPaths, language: str) -> None:
        super().__init__()
        self._paths = paths
        layout = QVBoxLayout(self)
        self.language = _language_combo(language)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        layout.addSpacing(12)
        self.set_up, self.set_up_note = _choice(layout)
        self.demo, self.demo_note = _choice(layout)
        self.set_up.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.set_up)
        group.addButton(self.demo)
        layout.addStretch(1)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        self.language.currentIndexChanged.connect(
            lambda _i: wizard.switch_language(self.language.currentData())
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to OCO Desktop"))
        self.setSubTitle(
            self.tr(
                "OCO Desktop keeps your customs administration's staff roster and training needs "
                "on this computer. It works without internet."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.set_up.setText(self.tr("&Set up my office"))
        self.set_up_note.setText(
            self.tr(
                "Start your own staff roster. It takes a minute: choose your "
                "administration and name your office."
            )
        )
        self.demo.setText(self.tr("&Explore with demo data"))
        self.demo_note.setText(
            self.tr(
                "Try OCO Desktop with 60 fictional staff. Everything is marked DEMO and "
                "nothing is sent anywhere."
            )
        )
        self.folder.setText(self.tr("Your data will be kept in {0}").format(self._paths.root))

    def nextId(self) -> int:
        return DEMO if self.demo.isChecked() else ROLE


class DemoPage(Retranslated, QWizardPage):
    def __init__(self, wizard: FirstRunWizard, language: str) -> None:
        super().__init__()
        self._wizard = wizard
        self.member = QComboBox()
        self.set_language(language)
        self.member.setCurrentIndex(max(0, self.member.findData(DEMO_MEMBER)))
        self.member_label = QLabel()
        self.member_label.setBuddy(self.member)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.member_label, self.member)
        form.addRow(self.error)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Explore with demo data"))
        self.setSubTitle(
            self.tr(
                "OCO Desktop makes up 60 staff for the administration you choose. Press Finish "
                "to start."
            )
        )
        self.member.setAccessibleName(self.tr("Member administration for the demo"))
        self.member_label.setText(self.tr("&Administration:"))

    def set_language(self, language: str) -> None:
        """The administrations named and sorted in `language`; the choice stays."""
        chosen = self.member.currentData()
        self.member.clear()
        for member in sorted(setup.list_members(), key=lambda m: fold_words(m.name(language))):
            self.member.addItem(member_text(member, language), member.code)
        if chosen is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(chosen)))

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        return self._wizard.finish_demo()


class RolePage(Retranslated, QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.member, self.member_note = _choice(layout)
        self.secretariat, self.secretariat_note = _choice(layout)
        self.member.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.member)
        group.addButton(self.secretariat)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who uses this computer?"))
        self.setSubTitle(self.tr("Choose what this installation of OCO Desktop is for."))
        self.member.setText(self.tr("A &member administration's office"))
        self.member_note.setText(
            self.tr(
                "The HR officer of a customs office keeps its staff roster and sends it to "
                "the OCO Secretariat."
            )
        )
        self.secretariat.setText(self.tr("The OCO &Secretariat (Suva)"))
        self.secretariat_note.setText(
            self.tr("Receives the rosters of all 24 members and sends back the programme.")
        )

    def role(self) -> Role:
        return Role.SECRETARIAT if self.secretariat.isChecked() else Role.MEMBER

    def nextId(self) -> int:
        return DETAILS if self.secretariat.isChecked() else MEMBER


class MemberPage(Retranslated, QWizardPage):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.picker = MemberPicker(setup.list_members(), language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        self.picker.chosen.connect(lambda _code: self.completeChanged.emit())
        self.setFocusProxy(self.picker.search)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which administration?"))
        self.setSubTitle(
            self.tr("Choose your customs administration. Type part of its name to find it quickly.")
        )

    def initializePage(self) -> None:
        self.picker.search.setFocus()

    def isComplete(self) -> bool:
        return self.picker.code() is not None


class DetailsPage(Retranslated, QWizardPage):
    """The office (for a member) and the person, checked as they are typed."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._touched: set[str] = set()
        self.office = QLineEdit()
        self.office_error = _error_label()
        self.island = QLineEdit()
        self.office_type = QComboBox()
        for value, text in OFFICE_TYPES.items():
            self.office_type.addItem(text, value)
        self.focal_point = QLineEdit()
        self.error = _error_label()
        fields = (self.office, self.island, self.office_type, self.focal_point)
        self.labels = {widget: QLabel() for widget in fields}
        for widget, label in self.labels.items():
            label.setBuddy(widget)

        self.form = QFormLayout(self)
        self.form.addRow(self.labels[self.office], self.office)
        self.form.addRow("", self.office_error)
        self.form.addRow(self.labels[self.island], self.island)
        self.form.addRow(self.labels[self.office_type], self.office_type)
        self.form.addRow(self.labels[self.focal_point], self.focal_point)
        self.form.addRow(self.error)
        self.field_errors = {
            "office": self.office_error,
            "member": self.error,
            "language": self.error,
        }

        self.office.textEdited.connect(lambda _t: self._touch("office"))
        for edit in (self.office, self.island, self.focal_point):
            edit.textChanged.connect(self._revalidate)
        self.retranslate()

    def retranslate(self) -> None:
        self.office.setAccessibleName(self.tr("Office name"))
        self.office.setPlaceholderText(self.tr("e.g. Nukuʻalofa HQ"))
        self.island.setAccessibleName(self.tr("Island"))
        self.office_type.setAccessibleName(self.tr("Kind of office"))
        for row, text in enumerate(OFFICE_TYPES.values()):
            self.office_type.setItemText(row, QCoreApplication.translate("FirstRunWizard", text))
        self.focal_point.setAccessibleName(self.tr("HR focal point's name"))
        self.focal_point.setPlaceholderText(self.tr("The person who answers for HR here"))
        # Not N, B or F: the wizard's &Next, &Back and &Finish take them.
        self.labels[self.office].setText(self.tr("Office na&me (required):"))
        self.labels[self.island].setText(self.tr("&Island:"))
        self.labels[self.office_type].setText(self.tr("&Kind of office:"))
        self.labels[self.focal_point].setText(self.tr("HR focal &point:"))
        self._set_titles()
        if self._wizard.currentPage() is self:
            self._revalidate()

    def _set_titles(self) -> None:
        if self._wizard.role_page.role() is Role.MEMBER:
            code = self._wizard.member_page.picker.code() or ""
            name = next(
                (m.name(self._wizard.language) for m in setup.list_members() if m.code == code),
                code,
            )
            self.setTitle(self.tr("Your office"))
            self.setSubTitle(self.tr("The office of {0} that keeps this roster.").format(name))
        else:
            self.setTitle(self.tr("The OCO Secretariat"))
            self.setSubTitle(self.tr("Who answers for HR at the Secretariat."))

    def initializePage(self) -> None:
        member = self._wizard.role_page.role() is Role.MEMBER
        for widget in (self.office, self.island, self.office_type):
            self.form.setRowVisible(widget, member)
        self.office_error.setVisible(False)
        self.form.setRowVisible(self.office_error, member)
        self._set_titles()
        (self.office if member else self.focal_point).setFocus()
        self._revalidate()

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self._revalidate()

    def problem(self) -> InvalidInput | None:
        try:
            setup.validate(self._wizard.request())
        except InvalidInput as exc:
            return exc
        return None

    def _revalidate(self) -> None:
        problem = self.problem()
        for label in set(self.field_errors.values()):
            _set_error(label, None)
        if problem is not None and (problem.field != "office" or "office" in self._touched):
            label = self.field_errors.get(problem.field or "", self.error)
            _set_error(label, problem.message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.problem() is None and not self._wizard.running

    def nextId(self) -> int:
        return PASSPHRASE


class PassphrasePage(Retranslated, QWizardPage):
    """The office passphrase, typed twice; Next sets up the encrypted store."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.fields = NewPassphraseFields()
        self.remember = RememberBox()
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The office passphrase"))
        self.setSubTitle(
            self.tr(
                "The data is encrypted on this computer: without the passphrase, a copy of it "
                "is unreadable. Everyone who uses OCO Desktop here will type it when it starts."
            )
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Set up"))

    def initializePage(self) -> None:
        self.fields.first.setFocus()

    def nextId(self) -> int:
        return RECOVERY

    def validatePage(self) -> bool:
        if self._wizard.store is not None:
            return True
        passphrase = self.fields.passphrase()
        if passphrase is None:
            return False
        if self._wizard.secret is None or self._wizard.secret_for != passphrase:
            self._wizard.secret = office_passphrase.new_secret(passphrase)
            self._wizard.secret_for = passphrase
        paths, request, secret = self._wizard.paths, self._wizard.request(), self._wizard.secret
        return self._wizard.finish_with(
            lambda: setup.initialise(paths, request, secret=secret), self.error
        )


class RecoveryPage(Retranslated, QWizardPage):
    """The recovery key, shown once; Finish waits for the box that says it was kept."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.view = RecoveryKeyView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.view.kept_changed.connect(lambda _kept: self.completeChanged.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))

    def initializePage(self) -> None:
        assert self._wizard.secret is not None
        self.view.show_key(self._wizard.secret.recovery_key)

    def isComplete(self) -> bool:
        return self.view.kept.isChecked()

    def nextId(self) -> int:
        return -1


class FirstRunWizard(Retranslated, QWizard):
    """After `exec()` returns Accepted, `store` is the new installation's open Store and
    `chosen_language` the language picked for the interface.

    The language is the first choice: with `translators`, choosing it installs that language's
    translation at once, and every page says its texts again in it."""

    def __init__(
        self,
        paths: DataPaths,
        language: str,
        parent: QWidget | None = None,
        translators: Translators | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.language = language
        self.chosen_language = language
        self._translators = translators
        self.store: Store | None = None
        self.secret: NewSecret | None = None
        self.secret_for: str | None = None
        self.running = False
        self.setWindowIcon(icons.app_icon())
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icons.app_icon().pixmap(48, 48))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome_page = WelcomePage(self, paths, language)
        self.demo_page = DemoPage(self, language)
        self.role_page = RolePage()
        self.member_page = MemberPage(language)
        self.details_page = DetailsPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        self.setPage(WELCOME, self.welcome_page)
        self.setPage(DEMO, self.demo_page)
        self.setPage(ROLE, self.role_page)
        self.setPage(MEMBER, self.member_page)
        self.setPage(DETAILS, self.details_page)
        self.setPage(PASSPHRASE, self.passphrase_page)
        self.setPage(RECOVERY, self.recovery_page)
        self.setStartId(WELCOME)
        self.resize(640, 480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up OCO Desktop"))
        # QWizard names its own buttons (Next, Cancel…) again only when its style changes.
        style = self.wizardStyle()
        others = [s for s in QWizard.WizardStyle if s != style]
        self.setWizardStyle(others[0])
        self.setWizardStyle(style)

    def switch_language(self, language: str) -> None:
        """The interface and the installation take `language`; the pages follow at once."""
        if language == self.language:
            return
        self.language = self.chosen_language = language
        self.demo_page.set_language(language)
        self.member_page.picker.set_language(language)
        if self._translators is not None:
            self._translators.install(language)  # Qt then sends every widget LanguageChange

    def request(self) -> SetupRequest:
        page = self.details_page
        if self.role_page.role() is Role.SECRETARIAT:
            return SetupRequest(
                role=Role.SECRETARIAT,
                focal_point=page.focal_point.text(),
                language=self.language,
            )
        return SetupRequest(
            role=Role.MEMBER,
            member_code=self.member_page.picker.code(),
            office_name=page.office.text(),
            island=page.island.text(),
            focal_point=page.focal_point.text(),
            language=self.language,
            office_type=OfficeType(page.office_type.currentData()),
        )

    def finish_demo(self) -> bool:
        from oco_desktop.services.demo import create_demo

        paths, language = self.paths, self.language
        member = self.demo_page.member.currentData()
        return self.finish_with(
            lambda: create_demo(
                paths, member_code=member, staff=DEMO_STAFF, seed=DEMO_SEED, language=language
            ),
            self.demo_page.error,
            language,
        )

    def finish_with(
        self, make: Callable[[], Store], error: QLabel, language: str | None = None
    ) -> bool:
        """QWizard asks on Finish whether it may close: not yet. The work starts on the worker
        and `accept()` follows when the Store exists; an error is shown on the page."""
        if self.store is not None:
            return True
        if self.running:
            return False
        self.chosen_language = language or self.language
        _set_error(error, None)
        self._set_running(True)
        (
            Op(self, make)
            .with_progress(self.tr("Setting up OCO Desktop…"))
            .success(self._made)
            .failure(lambda exc: self._failed(exc, error))
            .run()
        )
        return False

    def _set_running(self, running: bool) -> None:
        self.running = running
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not running)
        self.currentPage().setEnabled(not running)

    def _made(self, store: Store) -> None:
        self.store = store
        self._set_running(False)
        if self.currentId() == PASSPHRASE:
            if self.passphrase_page.remember.wanted() and self.secret is not None:
                office_passphrase.remember_new(self.paths, self.secret)
            self.next()  # to the recovery key
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            return
        self.accept()

    def _failed(self, exc: BaseException, error: QLabel) -> None:
        self._set_running(False)
        if isinstance(exc, OcoError):
            _set_error(error, self.tr("OCO Desktop could not be set up: {0}").format(exc.message))
        else:
            report_failure(self, exc)

    def reject(self) -> None:
        # Once set up, the only way on is past the recovery key.
        if not self.running and self.currentId() != RECOVERY:
            super().reject()
