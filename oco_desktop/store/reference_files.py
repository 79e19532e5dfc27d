"""The one way to read a reference file (resources/reference): the Secretariat's published
version when one has arrived in a bundle (table reference_document), else the file shipped with
the app. Everything that shows or checks reference data reads it through `reference_for`."""

from __future__ import annotations

import hashlib
import json
import uuid
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oco_desktop.paths import resources_dir
from oco_desktop.store.models import ReferenceDocument

MEMBERS_FILE = "members.json"
COMPETENCIES_FILE = "competencies.json"
PROGRAMME_FILE = "programme.json"
ELEARNING_FILE = "elearning.json"
GENDER_FILE = "gender.json"
MAPPING_FILE = "tna_mapping.json"
DOCUMENT_NAMESPACE = uuid.UUID("6f0c2a52-4a49-5b8e-9c1e-0c0a0e0d0c01")
DOCUMENT_ID_PREFIX = "reference_document:"


def document_id(name: str) -> str:
    """The id of a published reference file's row: the same on every site, so there is one
    row per reference file everywhere."""
    return str(uuid.uuid5(DOCUMENT_NAMESPACE, f"{DOCUMENT_ID_PREFIX}{name}"))


def localized(entry: dict[str, Any], field: str, language: str) -> str:
    """A reference text in the user's language. The convention of resources/reference: the
    French sits next to the English under the same key plus "_fr" ("title" / "title_fr",
    "name_en" / "name_fr"); where no French is given, the English is shown."""
    base = field.removesuffix("_en")
    english = entry.get(field) or entry.get(f"{base}_en") or entry.get(base) or ""
    if language == "fr":
        return entry.get(f"{base}_fr") or english
    return english


def reference_path(name: str) -> Path:
    return resources_dir() / "reference" / name


@cache
def read_reference(name: str) -> tuple[str, dict[str, Any]]:
    """The shipped file's SHA-256 and its parsed JSON (what `reference_for` falls back to)."""
    raw = reference_path(name).read_bytes()
    return hashlib.sha256(raw).hexdigest(), json.loads(raw)


@lru_cache(maxsize=16)
def _parsed(body: str) -> tuple[str, dict[str, Any]]:
    raw = body.encode("utf-8")
    return hashlib.sha256(raw).hexdigest(), json.loads(raw)


def reference_for(session: Session, name: str) -> tuple[str, dict[str, Any]]:
    """The reference file `name` as this installation uses it: the Secretariat's published
    version when one has arrived (reference_document), else the file shipped with the app.
    The parsed JSON is shared between callers: read it, never change it."""
    body = session.scalar(
        select(ReferenceDocument.body).where(
            ReferenceDocument.name == name, ReferenceDocument.deleted.is_(False)
        )
    )
    if body is None:
        return read_reference(name)
    return _parsed(body)
