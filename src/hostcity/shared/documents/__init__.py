"""PDF documents: the font that prints Chinese on a fresh machine (fonts.py) and the agenda layout
that itineraries and matchmaking agendas share (agenda_pdf.py)."""
