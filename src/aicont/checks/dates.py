"""Checks of the dates family."""

from __future__ import annotations
