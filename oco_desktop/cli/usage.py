"""Wrong options found after parsing: exit 2 with the valid choices, as argparse does. Its own
module so that every command can raise it without importing the package's argument tree."""

from __future__ import annotations


class UsageError(Exception):
    """Wrong options found after parsing (exit 2 with the valid choices)."""
