"""Checks a functional area's outline: GeoJSON polygons with longitude/latitude positions.

Errors name the path inside the document, e.g. `coordinates[0][3]: longitude 200 is out of range`.
"""

from django.core.exceptions import ValidationError

POLYGONAL = {"Polygon", "MultiPolygon"}


def _position(path: str, value) -> None:
    if (
        not isinstance(value, list)
        or len(value) < 2
        or not all(isinstance(v, int | float) for v in value[:2])
    ):
        raise ValidationError(f"{path}: a position is [longitude, latitude]")
    lon, lat = value[0], value[1]
    if not -180 <= lon <= 180:
        raise ValidationError(f"{path}: longitude {lon} is out of range")
    if not -90 <= lat <= 90:
        raise ValidationError(f"{path}: latitude {lat} is out of range")


def _ring(path: str, ring) -> None:
    if not isinstance(ring, list) or len(ring) < 4:
        raise ValidationError(f"{path}: a ring needs at least 4 positions")
    for i, position in enumerate(ring):
        _position(f"{path}[{i}]", position)
    if ring[0] != ring[-1]:
        raise ValidationError(f"{path}: a ring must end where it starts")


def _polygon(path: str, rings) -> None:
    if not isinstance(rings, list) or not rings:
        raise ValidationError(f"{path}: a polygon is a list of rings")
    for i, ring in enumerate(rings):
        _ring(f"{path}[{i}]", ring)


def _geometry(path: str, geometry) -> None:
    if not isinstance(geometry, dict) or geometry.get("type") not in POLYGONAL:
        raise ValidationError(f"{path or 'outline'}: expected a Polygon or MultiPolygon geometry")
    prefix = f"{path}." if path else ""
    coordinates = geometry.get("coordinates")
    if geometry["type"] == "Polygon":
        _polygon(f"{prefix}coordinates", coordinates)
    else:
        if not isinstance(coordinates, list) or not coordinates:
            raise ValidationError(f"{prefix}coordinates: a MultiPolygon is a list of polygons")
        for i, polygon in enumerate(coordinates):
            _polygon(f"{prefix}coordinates[{i}]", polygon)


def validate_outline(value) -> None:
    """A Polygon, MultiPolygon, or a Feature / FeatureCollection of them."""
    if value in (None, ""):
        return
    kind = value.get("type") if isinstance(value, dict) else None
    if kind == "Feature":
        _geometry("geometry", value.get("geometry"))
    elif kind == "FeatureCollection":
        features = value.get("features")
        if not isinstance(features, list) or not features:
            raise ValidationError("features: a FeatureCollection needs features")
        for i, feature in enumerate(features):
            _geometry(
                f"features[{i}].geometry",
                (feature or {}).get("geometry") if isinstance(feature, dict) else None,
            )
    else:
        _geometry("", value)
