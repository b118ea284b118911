"""Letters of invitation and visa support: issued per delegate into a numbered register (register.py),
set from bilingual templates (wording.py) on the office's letterhead (pdf.py)."""
