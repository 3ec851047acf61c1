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


class OutputError(AicontError):
    """An output file cannot or may not be written (an input, read-only, a folder, a full disk)."""


class LimitError(InputError):
    """An input would cost more work than a configured limit allows (size, pages, decompressed
    bytes, objects on a page, time); the message names the limit and how to raise it."""
