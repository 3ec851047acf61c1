"""Checks of the qualifiers family."""

from __future__ import annotations
