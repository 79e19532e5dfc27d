"""The offline user guide: both languages have the same sections, every screenshot they show is
a small PNG under resources/guide, and the installer takes the folder."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
GUIDE = ROOT / "resources" / "guide"


def test_english_and_french_have_the_same_sections_and_their_own_screenshots() -> None:
    anchors = {}
    for language in ("en", "fr"):
        text = (GUIDE / f"guide_{language}.html").read_text(encoding="utf-8")
        anchors[language] = re.findall(r'<h2 id="([\w-]+)"', text)
        images = re.findall(r'<img src="([^"]+)"', text)
        assert len(images) >= 5
        for image in images:
            assert image.endswith(f"-{language}.png"), image
            path = GUIDE / image
            assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", image
            assert path.stat().st_size < 120_000, f"{image} is not small"
    assert anchors["en"] == anchors["fr"]
    assert {"setup", "roster", "tna", "sync", "secretariat"} <= set(anchors["en"])


def test_the_installer_takes_the_guide() -> None:
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    wanted = [
        node
        for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name == "tree")
        or (isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "LEFT_OUT_SUFFIXES")
    ]
    namespace: dict[str, object] = {"Path": Path}
    exec(compile(ast.Module(wanted, []), "installer.spec", "exec"), namespace)
    datas = namespace["tree"](ROOT / "resources", "resources")  # type: ignore[operator]
    assert 'datas = tree(root / "resources", "resources")' in spec
    taken = {(Path(source).name, target) for source, target in datas}
    for name in ("guide_en.html", "guide_fr.html", "roster-en.png", "sync-fr.png"):
        assert (name, "resources/guide") in taken, name
