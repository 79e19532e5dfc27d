"""`oco-desktop --self-test`: runs the checks of services/self_test.py, then the Qt ones (the
platform plugin, icons, translations, the main window built offscreen), printing one line per
check. Exit 0 when every check passed, 1 with the failing check otherwise."""

from __future__ import annotations

import os
import sys

from oco_desktop import APP_NAME, __version__
from oco_desktop.language import N_, _, pgettext
from oco_desktop.services.self_test import (
    Check,
    CheckResult,
    SelfTestRun,
    run_checks,
    temporary_run,
)

EXIT_OK, EXIT_FAILED = 0, 1


def _ui(name: str) -> Check:
    """A check of oco_desktop/ui/self_test.py, imported only when it runs, so that a Qt that
    fails to load is reported as a failed check rather than a crash."""

    def check(run: SelfTestRun) -> str:
        from oco_desktop.ui import self_test

        detail: str = getattr(self_test, name)(run)
        return detail

    return check


def check_window(run: SelfTestRun) -> str:
    from oco_desktop.app import self_test_window

    return pgettext("list separator", "; ").join(self_test_window(run.member))


QT_CHECKS: tuple[tuple[str, Check], ...] = (
    (N_("qt"), _ui("check_qt")),
    (N_("icons"), _ui("check_icons")),
    (N_("translations"), _ui("check_translations")),
    (N_("main window"), check_window),
)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if getattr(sys, "frozen", False):
        title = _("{app} {version} self-test ({program})")
    else:
        title = _("{app} {version} self-test (source, {program})")
    print(title.format(app=APP_NAME, version=__version__, program=sys.executable), flush=True)

    def report(result: CheckResult) -> None:
        print(result.line(), flush=True)

    with temporary_run() as run:
        passed = run_checks(run, report, QT_CHECKS)
    if not passed:
        print(
            _("{app} {version}: self-test FAILED.").format(app=APP_NAME, version=__version__),
            flush=True,
        )
        return EXIT_FAILED
    print(
        _("{app} {version}: self-test passed.").format(app=APP_NAME, version=__version__),
        flush=True,
    )
    return EXIT_OK
