"""The Secretariat publishes reference files (member list, competency catalogue, programme,
e-learning, gender plan structure, TNA mapping) to every member through the sync bundles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.domain.roster import Role
from oco_desktop.language import _, os_error_text
from oco_desktop.services.installation import installation_info
from oco_desktop.store.engine import Store
from oco_desktop.store.models import ReferenceDocument
from oco_desktop.store.reference import load_reference_data
from oco_desktop.store.reference_files import document_id, reference_path

PUBLISHABLE = (
    "members.json",
    "competencies.json",
    "programme.json",
    "elearning.json",
    "gender.json",
    "tna_mapping.json",
)
MAX_BODY = 512 * 1024


@dataclass(frozen=True)
class Published:
    name: str
    version: int
    changed: bool


def _body(name: str, source: Path | None) -> str:
    path = source.expanduser() if source is not None else reference_path(name)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            _("{path} cannot be read ({strerror}).").format(path=path, strerror=os_error_text(exc)),
            field=name,
        ) from exc
    if len(raw) > MAX_BODY:
        raise InvalidInput(
            _("{path} is larger than {size} KB.").format(path=path, size=MAX_BODY // 1024),
            field=name,
        )
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidInput(
            _("{path} is not valid JSON text ({exc}); nothing was published.").format(
                path=path, exc=exc
            ),
            field=name,
        ) from exc
    if not isinstance(data, dict):
        raise InvalidInput(
            _("{path} does not hold a JSON object; nothing was published.").format(path=path),
            field=name,
        )
    return text


def publish(store: Store, files: dict[str, Path] | None = None) -> list[Published]:
    """Publish every reference file (the app's own, or replacements given in `files`); only
    those that changed get a new version. They go to each member with its next bundle."""
    if installation_info(store).role is not Role.SECRETARIAT:
        raise InvalidInput(_("Only the OCO Secretariat publishes reference data."))
    files = files or {}
    unknown = sorted(set(files) - set(PUBLISHABLE))
    if unknown:
        raise InvalidInput(
            _("Unknown reference file {name}; publishable: {names}.").format(
                name=", ".join(unknown), names=", ".join(PUBLISHABLE)
            ),
            field="file",
        )
    bodies = {name: _body(name, files.get(name)) for name in PUBLISHABLE}
    result = []
    with store.write() as session:
        for name, body in bodies.items():
            row = session.get(ReferenceDocument, document_id(name))
            if row is None:
                session.add(
                    ReferenceDocument(id=document_id(name), name=name, version=1, body=body)
                )
                result.append(Published(name, 1, True))
            elif row.body != body or row.deleted:
                row.version, row.body, row.deleted = row.version + 1, body, False
                result.append(Published(name, row.version, True))
            else:
                result.append(Published(name, row.version, False))
        session.flush()
        load_reference_data(session)
    return result


def published(store: Store) -> list[Published]:
    with store.read() as session:
        return [
            Published(row.name, row.version, False)
            for row in session.scalars(select(ReferenceDocument).order_by(ReferenceDocument.name))
        ]


def apply_published(store: Store) -> bool:
    """Load reference files that arrived in a bundle into the tables that use them."""
    with store.write() as session:
        return load_reference_data(session)
