"""The local SQLite store.

Importing the package itself loads nothing heavy: the models (and SQLAlchemy) come with
`oco_desktop.store.models`, which registers every model, the programme's included, with
Base.metadata. The window's first paint needs only `glance` and the backup listing."""
