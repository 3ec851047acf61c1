"""The domain exceptions; cli.py turns each into one line on stderr and exit code 2."""

from __future__ import annotations


class AicontError(Exception):
    """Base of every error a user can cause; never a bug."""


class InputError(AicontError):
    """An input file is missing, unreadable, of an unsupported kind, scanned, encrypted or corrupt."""


class ConfigError(AicontError):
    """A configuration key or value is not allowed."""


class BaselineError(AicontError):
    """A baseline file is missing, unreadable or invalid."""
