"""Choices an officer changes after set-up that belong to the installation: its interface
language (the first-run assistant sets it; File > Interface language changes it)."""

from __future__ import annotations

from oco_desktop.domain.errors import InvalidInput
from oco_desktop.language import _
from oco_desktop.services.setup import LANGUAGES
from oco_desktop.store.engine import Store
from oco_desktop.store.errors import plain_store_errors
from oco_desktop.store.models import Installation


def set_language(store: Store, language: str) -> None:
    """Keep `language` as the installation's interface language, used from the next start."""
    if language not in LANGUAGES:
        raise InvalidInput(
            _("Unknown language '{language}'. Choose one of: {choices}.").format(
                language=language, choices=", ".join(LANGUAGES)
            ),
            field="language",
        )
    with plain_store_errors(store.paths.root), store.write() as session:
        installation = session.get(Installation, 1)
        if installation is not None:
            installation.language = language


def stored_language(store: Store) -> str:
    with store.read() as session:
        installation = session.get(Installation, 1)
        return installation.language if installation is not None else "en"
