"""The local SQLite store. Importing the package registers every model with Base.metadata."""

from oco_desktop.store import programme_models as programme_models
