"""aicont: compare language versions of the same long document and report where they diverge."""

from __future__ import annotations

__version__ = "0.1.0"
