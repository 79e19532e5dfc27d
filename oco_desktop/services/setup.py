"""First-run set-up and opening an existing installation."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from oco_desktop import __version__
from oco_desktop.domain.errors import AlreadyInitialised, InvalidInput, NotInitialised
from oco_desktop.domain.ids import new_id
from oco_desktop.domain.roster import OfficeType, Role
from oco_desktop.language import _, os_error_text
from oco_desktop.paths import DataPaths
from oco_desktop.services.installation import SECRETARIAT_CODE
from oco_desktop.services.sync import trust as sync_trust
from oco_desktop.store import capture, crypt
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors
from oco_desktop.store.models import Installation, Office
from oco_desktop.store.open import open_store
from oco_desktop.store.reference import MemberRef as MemberRef  # the window names it from here
from oco_desktop.store.reference import load_reference_data, members_reference
from oco_desktop.sync import keys

if TYPE_CHECKING:
    from oco_desktop.sync.keys import PublicCard

LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class SetupRequest:
    role: Role
    member_code: str | None = None
    office_name: str | None = None
    island: str | None = None
    focal_point: str | None = None
    language: str = "en"
    office_type: OfficeType = OfficeType.HQ
    secretariat_card: Path | None = None


def list_members() -> list[MemberRef]:
    """The member administrations from the shipped reference data (needs no store)."""
    return members_reference()


def find_member(code: str) -> MemberRef:
    wanted = code.strip().upper()
    for member in members_reference():
        if member.code == wanted:
            return member
    choices = ", ".join(m.code for m in members_reference())
    raise InvalidInput(
        _("'{code}' is not an OCO member code. Valid codes: {choices}.").format(
            code=code, choices=choices
        ),
        field="member",
    )


def validate(request: SetupRequest) -> SetupRequest:
    """Check a set-up request and return it with its text fields trimmed."""
    if request.language not in LANGUAGES:
        raise InvalidInput(
            _("Unknown language '{language}'. Choose one of: {choices}.").format(
                language=request.language, choices=", ".join(LANGUAGES)
            ),
            field="language",
        )
    if request.role is Role.SECRETARIAT:
        if request.secretariat_card is not None:
            raise InvalidInput(
                _("The Secretariat makes its own keys; --secretariat-card is for members."),
                field="secretariat_card",
            )
        return SetupRequest(
            role=Role.SECRETARIAT,
            focal_point=(request.focal_point or "").strip() or None,
            language=request.language,
        )
    if not request.member_code:
        raise InvalidInput(_("Choose your administration (member code)."), field="member")
    member = find_member(request.member_code)
    office = (request.office_name or "").strip()
    if not office:
        raise InvalidInput(_("Give the name of your office, e.g. 'Nukuʻalofa HQ'."), field="office")
    if len(office) > 200:
        raise InvalidInput(_("The office name is longer than 200 characters."), field="office")
    return SetupRequest(
        role=Role.MEMBER,
        member_code=member.code,
        office_name=office,
        island=(request.island or "").strip() or None,
        focal_point=(request.focal_point or "").strip() or None,
        language=request.language,
        office_type=request.office_type,
        secretariat_card=request.secretariat_card,
    )


def secret_for_setup(*, demo: bool = False) -> crypt.NewSecret:
    """The data key of a new installation when no person chose a passphrase: demo data opens
    with the fixed demo passphrase, scripts give theirs in OCO_DESKTOP_PASSPHRASE."""
    import os

    if demo:
        return crypt.new_secret(crypt.DEMO_PASSPHRASE, demo=True)
    passphrase = os.environ.get(crypt.PASSPHRASE_ENV)
    if not passphrase:
        raise InvalidInput(
            _(
                "Choose an office passphrase: the data is encrypted with it. Type it when "
                "asked, or set {variable} for scripts."
            ).format(variable=crypt.PASSPHRASE_ENV),
            field="passphrase",
        )
    return crypt.new_secret(crypt.check_new_passphrase(passphrase))


def initialise(
    paths: DataPaths,
    request: SetupRequest,
    *,
    demo: bool = False,
    secret: crypt.NewSecret | None = None,
) -> Store:
    """Create the store for a new installation, encrypted with `secret` (see
    `secret_for_setup` when none is given). Refused if the folder already holds one; on
    failure the half-made data file is removed, so the folder is as it was."""
    request = validate(request)

    card = None
    if request.secretariat_card is not None:
        try:
            card = keys.read_card(request.secretariat_card.expanduser().read_bytes())
        except OSError as exc:
            raise InvalidInput(
                _("The Secretariat's key card {file} cannot be read ({reason}).").format(
                    file=request.secretariat_card, reason=os_error_text(exc)
                ),
                field="secretariat_card",
            ) from exc
        if card.site != SECRETARIAT_CODE:
            raise InvalidInput(
                _("That key card is not the OCO Secretariat's."), field="secretariat_card"
            )
    if paths.database.exists():
        raise AlreadyInitialised(
            _(
                "{folder} already holds an OCO Desktop installation; nothing was changed. "
                "Use another --data-dir to set up a new one."
            ).format(folder=paths.root)
        )
    if secret is None:
        secret = secret_for_setup(demo=demo)
    with plain_store_errors(paths.root):
        crypt.install_secret(paths, secret)
    try:
        store = open_store(paths, create=True)
    except BaseException:
        crypt.key_file(paths).unlink(missing_ok=True)
        crypt.forget(paths)
        raise
    try:
        site_id = new_id()
        with plain_store_errors(paths.root), store.write() as session:
            load_reference_data(session)
            capture.start_clock(session.connection(), site_id)
            session.add(
                Installation(
                    id=1,
                    site_id=site_id,
                    role=request.role.value,
                    member_code=request.member_code,
                    focal_point=request.focal_point,
                    language=request.language,
                    is_demo=demo,
                    created_at=dt.datetime.now().replace(microsecond=0),
                    created_by_app=__version__,
                )
            )
            if request.role is Role.MEMBER:
                session.add(
                    Office(
                        member_code=request.member_code,
                        name=request.office_name,
                        island=request.island,
                        office_type=request.office_type.value,
                    )
                )
        _make_keys(paths, request, card)
    except BaseException:
        discard_new_installation(paths, store)
        raise
    return store


def discard_new_installation(paths: DataPaths, store: Store) -> None:
    """Undo a set-up that failed half-way: the folder is left as it was before."""
    store.close()
    shutil.rmtree(paths.root / "keys", ignore_errors=True)
    for suffix in ("", "-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    crypt.key_file(paths).unlink(missing_ok=True)
    crypt.forget(paths)


def _make_keys(paths: DataPaths, request: SetupRequest, card: PublicCard | None) -> None:
    """The site's keys; a member also pins the Secretariat's card (given, or shipped)."""
    if request.role is Role.SECRETARIAT:
        sync_trust.make_site_keys(paths, SECRETARIAT_CODE, "OCO Secretariat")
        return
    member = find_member(str(request.member_code))
    sync_trust.make_site_keys(paths, member.code, member.name_en)
    if card is None:
        shipped = sync_trust.shipped_secretariat_card()
        if shipped is None:
            return

        card = keys.read_card(shipped.read_bytes())
    store = open_store(paths)
    try:
        sync_trust.register_peer(store, card, trusted=True)
    finally:
        store.close()


def open_installation(paths: DataPaths) -> Store:
    """Open an existing installation, migrating and refreshing reference data if needed."""
    store = open_store(paths)
    try:
        with plain_store_errors(paths.root), store.write() as session:
            if session.get(Installation, 1) is None:
                raise NotInitialised(
                    _(
                        "The data file in {folder} holds no installation. Move it away and set "
                        "up again, or restore a backup."
                    ).format(folder=paths.root)
                )
            load_reference_data(session)
    except BaseException:
        store.close()
        raise
    return store
