"""What a page's map needs: the tile server when one is configured (HOSTCITY_MAP_TILES), else the
shipped schematic outline, and where to centre."""

from django.conf import settings
from django.templatetags.static import static


def map_settings() -> dict:
    return {
        "tiles": settings.MAP_TILES,
        "attribution": settings.MAP_TILES_ATTRIBUTION,
        "outline": static(settings.MAP_OUTLINE),
        "centre": list(settings.MAP_CENTRE),
    }
