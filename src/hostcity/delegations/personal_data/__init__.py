"""Personal data: delegates' secrets encrypted at rest (encrypted.py), their photos served only to
those who may see them (photos.py), a person's data exported or erased on request
(access_and_erasure.py)."""
