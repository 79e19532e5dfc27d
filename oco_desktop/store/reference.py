"""Reference data shipped in resources/reference, loaded idempotently at set-up and on upgrade."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from oco_desktop.paths import resources_dir
from oco_desktop.store.models import AppMeta, Member

MEMBERS_FILE = "members.json"


@dataclass(frozen=True)
class MemberRef:
    code: str
    iso3: str
    name_en: str
    name_fr: str
    languages: tuple[str, ...]
    note: str | None

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


def reference_path(name: str) -> Path:
    return resources_dir() / "reference" / name


@cache
def read_reference(name: str) -> tuple[str, dict[str, Any]]:
    """The file's SHA-256 and its parsed JSON."""
    raw = reference_path(name).read_bytes()
    return hashlib.sha256(raw).hexdigest(), json.loads(raw)


def members_reference() -> list[MemberRef]:
    _, data = read_reference(MEMBERS_FILE)
    return [
        MemberRef(
            code=m["iso2"],
            iso3=m["iso3"],
            name_en=m["name_en"],
            name_fr=m["name_fr"],
            languages=tuple(m.get("languages") or ()),
            note=m.get("note"),
        )
        for m in data["members"]
    ]


def secretariat_reference() -> dict[str, str]:
    _, data = read_reference(MEMBERS_FILE)
    return dict(data["secretariat"])


def load_reference_data(session: Session) -> bool:
    """Upsert the member list if the shipped file changed since the last load."""
    digest, _ = read_reference(MEMBERS_FILE)
    meta_key = f"reference:{MEMBERS_FILE}"
    if session.get(AppMeta, meta_key) is not None and session.get(AppMeta, meta_key).value == digest:
        return False
    rows = [
        {
            "code": m.code,
            "iso3": m.iso3,
            "name_en": m.name_en,
            "name_fr": m.name_fr,
            "languages": ",".join(m.languages),
            "note": m.note,
        }
        for m in members_reference()
    ]
    statement = insert(Member).values(rows)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[Member.code],
            set_={c: statement.excluded[c] for c in ("iso3", "name_en", "name_fr", "languages", "note")},
        )
    )
    session.merge(AppMeta(key=meta_key, value=digest))
    return True


def member_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Member.code).order_by(Member.code)))
