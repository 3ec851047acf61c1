"""Renderers of results: terminal, Markdown, HTML, JSON, SARIF, and the structure/values/alignment views."""
