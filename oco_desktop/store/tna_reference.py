"""Reference data of the training needs analysis: the programme's activities, the known courses,
the e-learning modules (as this installation uses them: the Secretariat's published version, else
the shipped file), and the suggested competency -> activity mapping (tna_mapping.json), which is
loaded into `tna_suggestion` idempotently and stays editable by the officer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from oco_desktop.domain.programme import module_code
from oco_desktop.store.models import AppMeta, TnaSuggestion
from oco_desktop.store.reference_files import (
    ELEARNING_FILE,
    MAPPING_FILE,
    PROGRAMME_FILE,
    localized,
    read_reference,
    reference_for,
)


@dataclass(frozen=True)
class ActivityRef:
    code: str
    title: str
    kind: str
    outcome: str
    title_fr: str = ""

    def name(self, language: str) -> str:
        return self.title_fr if language == "fr" and self.title_fr else self.title


@dataclass(frozen=True)
class CourseRef:
    code: str
    title: str
    provider: str | None
    activity: str | None
    title_fr: str = ""

    def name(self, language: str) -> str:
        return self.title_fr if language == "fr" and self.title_fr else self.title


@dataclass(frozen=True)
class ModuleRef:
    title: str
    platform: str
    category: str | None
    hours: float | None
    category_fr: str | None = None

    def category_name(self, language: str) -> str | None:
        return self.category_fr if language == "fr" and self.category_fr else self.category

    @property
    def code(self) -> str:
        """The module's stable key (e-learning completions refer to it): see module_code."""
        return module_code(self.platform, self.title)

    def label(self) -> str:
        return f"{self.title} ({self.platform})" if self.platform else self.title


def programme_activities(session: Session) -> list[ActivityRef]:
    _, data = reference_for(session, PROGRAMME_FILE)
    return [
        ActivityRef(
            a["code"], a["title"], a.get("kind", ""), outcome["code"], localized(a, "title", "fr")
        )
        for outcome in data["priority"]["outcomes"]
        for a in outcome["activities"]
    ]


def known_courses(session: Session) -> list[CourseRef]:
    _, data = reference_for(session, PROGRAMME_FILE)
    return [
        CourseRef(
            c["code"],
            c["title"],
            c.get("provider"),
            c.get("activity"),
            localized(c, "title", "fr"),
        )
        for c in data.get("known_courses", [])
    ]


def elearning_modules(session: Session) -> list[ModuleRef]:
    _, data = reference_for(session, ELEARNING_FILE)
    return [
        ModuleRef(
            m["title"],
            m.get("platform", ""),
            m.get("category"),
            m.get("hours"),
            m.get("category_fr") or m.get("category"),
        )
        for m in data.get("modules", [])
    ]


def shipped_suggestions(
    data: dict[str, Any] | None = None,
) -> dict[str, tuple[str | None, str | None, str | None]]:
    """competency code -> (activity code, course code, module title) from the shipped file
    (or from `data`, the Secretariat's published version)."""
    if data is None:
        _, data = read_reference(MAPPING_FILE)
    return {
        s["competency"]: (s.get("activity"), s.get("course"), s.get("module"))
        for s in data["suggestions"]
    }


def load_tna_suggestions(session: Session) -> bool:
    """Upsert the shipped suggestions when the file changed, leaving alone every suggestion an
    officer edited. Returns True if the file was (re)loaded."""
    digest, data = reference_for(session, MAPPING_FILE)
    meta_key = f"reference:{MAPPING_FILE}"
    current = session.get(AppMeta, meta_key)
    if current is not None and current.value == digest:
        return False
    edited = set(
        session.scalars(
            select(TnaSuggestion.competency_code).where(TnaSuggestion.edited_locally.is_(True))
        )
    )
    rows = [
        {
            "competency_code": code,
            "activity_code": activity,
            "course_code": course,
            "module": module,
            "edited_locally": False,
        }
        for code, (activity, course, module) in shipped_suggestions(data).items()
        if code not in edited
    ]
    if rows:
        statement = insert(TnaSuggestion).values(rows)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=[TnaSuggestion.competency_code],
                set_={c: statement.excluded[c] for c in ("activity_code", "course_code", "module")},
            )
        )
    session.merge(AppMeta(key=meta_key, value=digest))
    return True
