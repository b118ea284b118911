"""Places a visitor names to search near: the city's foreign-resident and business areas, in both
languages. Positions are the areas' approximate centres (about ±500 m)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    code: str
    name_en: str
    name_zh: str
    latitude: float
    longitude: float


PLACES = (
    Place("third-embassy-area", "Third Embassy Area (Sanlitun)", "三里屯第三使馆区", 39.9390, 116.4560),
    Place("jianguomen-embassy-area", "Jianguomenwai Embassy Area", "建国门外使馆区", 39.9120, 116.4420),
    Place("liangmaqiao", "Liangmaqiao Embassy Area", "亮马桥使馆区", 39.9490, 116.4650),
    Place("cbd", "Central Business District (CBD)", "北京商务中心区（CBD）", 39.9140, 116.4600),
    Place("wangjing", "Wangjing", "望京", 39.9960, 116.4700),
    Place("shunyi-central-villa", "Shunyi Central Villa District", "顺义中央别墅区", 40.0520, 116.5070),
    Place("zhongguancun", "Zhongguancun", "中关村", 39.9830, 116.3160),
    Place("financial-street", "Financial Street", "金融街", 39.9150, 116.3600),
)
BY_CODE = {p.code: p for p in PLACES}
