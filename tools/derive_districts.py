"""Derive the shipped schematic district outlines from ../shared/reference/beijing_districts.geojson.

The reference file is decoded from ECharts 4.9.0's map data (Apache-2.0): coarse, Chinese names only.
This script adds English names, keeps the adcode and centre point, and simplifies the rings
(Douglas-Peucker, tolerance in degrees) so the offline map stays light. Run from the project root:

    python tools/derive_districts.py ../shared/reference/beijing_districts.geojson \
        src/hostcity/venues/static/venues/districts/beijing.geojson
"""

import json
import sys

NAMES_EN = {
    "东城区": "Dongcheng",
    "西城区": "Xicheng",
    "朝阳区": "Chaoyang",
    "丰台区": "Fengtai",
    "石景山区": "Shijingshan",
    "海淀区": "Haidian",
    "门头沟区": "Mentougou",
    "房山区": "Fangshan",
    "通州区": "Tongzhou",
    "顺义区": "Shunyi",
    "昌平区": "Changping",
    "大兴区": "Daxing",
    "怀柔区": "Huairou",
    "平谷区": "Pinggu",
    "密云区": "Miyun",
    "延庆区": "Yanqing",
}
TOLERANCE = 0.0015


def _perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    index, dmax = 0, 0.0
    for i in range(1, len(points) - 1):
        d = _perpendicular(points[i], points[0], points[-1])
        if d > dmax:
            index, dmax = i, d
    if dmax <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def simplify_ring(ring):
    out = [[round(x, 4), round(y, 4)] for x, y in simplify(ring, TOLERANCE)]
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else [[round(x, 4), round(y, 4)] for x, y in ring]


def main(src, dst):
    with open(src, encoding="utf-8") as fh:
        data = json.load(fh)
    features = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        polygons = [[simplify_ring(ring) for ring in polygon] for polygon in polygons]
        name_zh = feature["properties"]["name"]
        features.append(
            {
                "type": "Feature",
                "id": feature["id"],
                "properties": {
                    "adcode": feature["id"],
                    "name_zh": name_zh,
                    "name_en": NAMES_EN[name_zh],
                    "centre": feature["properties"].get("cp"),
                },
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
    out = {
        "type": "FeatureCollection",
        "schematic": True,
        "source": "Derived from ECharts 4.9.0 map data (Apache-2.0), simplified; schematic only, not an approved base map.",
        "features": features,
    }
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
