"""Test PDFs generated at test time with fpdf2 (see make.py); nothing binary is committed."""
