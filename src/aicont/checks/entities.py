"""Checks of the entities family."""

from __future__ import annotations
