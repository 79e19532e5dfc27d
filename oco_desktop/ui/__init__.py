"""The Qt layer: the only package that imports PySide6.

Importing it loads QtCore and installs the faster form of PySide6's check on every module
imported after Qt (see import_check.py): the pages, SQLAlchemy and the models all come after."""

import PySide6.QtCore  # noqa: F401  (loads the check that import_check speeds up)

from oco_desktop.ui.import_check import speed_up_pyside_import_check

speed_up_pyside_import_check()
