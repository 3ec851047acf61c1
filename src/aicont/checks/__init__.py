"""The checks: one module per family, imported from a literal list (no directory scanning)."""

from __future__ import annotations

from aicont.checks import notices as notices  # noqa: F401  AC0xx
from aicont.checks import numbers as numbers  # noqa: F401  AC1xx
from aicont.checks import dates as dates  # noqa: F401  AC2xx
from aicont.checks import qualifiers as qualifiers  # noqa: F401  AC3xx
from aicont.checks import entities as entities  # noqa: F401  AC4xx
from aicont.checks import names as names  # noqa: F401  AC404 (entities: names and acronyms)
from aicont.checks import structure as structure  # noqa: F401  AC5xx
from aicont.checks import meaning as meaning  # noqa: F401  AC6xx
from aicont.checks import sentences as sentences  # noqa: F401  AC507 (structure: sentences inside a paired passage)
from aicont.checks import clauses as clauses  # noqa: F401  AC508 (structure: clauses inside a paired passage)

FAMILY_MODULES = ("notices", "numbers", "dates", "qualifiers", "entities", "names", "structure", "sentences", "clauses", "meaning")
