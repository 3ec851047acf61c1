"""Normalisation: page structure, hyphenation, footnotes and OCR repair; each step records Edits."""
