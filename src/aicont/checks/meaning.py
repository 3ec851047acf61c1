"""Checks of the meaning family."""

from __future__ import annotations
