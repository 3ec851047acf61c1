"""Checks of the structure family."""

from __future__ import annotations
