"""docs/SYNC.md lists every synced table's field groups and their column order (section 9.6):
the order is in no payload, so a reader depends on that list. It is generated from the code by
tools/sync_spec_tables.py; this test fails when the document and the code differ."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "oco_sync_spec_tables", ROOT / "tools" / "sync_spec_tables.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_documented_tables_are_the_ones_the_code_sends():
    tool = _tool()
    document = tool.DOC.read_text(encoding="utf-8")
    assert tool.replace_section(document, tool.render()) == document, (
        "docs/SYNC.md section 9.6 differs from sync/schema.py or services/sync/ids.py; run "
        "`python tools/sync_spec_tables.py --write` and review the change: a new column or "
        "group, or a changed column order, is a change of the wire format"
    )
