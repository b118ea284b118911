"""Personal data: delegates' secrets encrypted at rest (encrypted.py), a person's data exported or
erased on request (access_and_erasure.py)."""
