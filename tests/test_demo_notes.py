"""The demo shows facts, not the researcher's notes that came with the reference data."""

import csv
import re
from pathlib import Path

from hostcity.demo.notes import without_notes

DATA = Path(__file__).resolve().parents[1] / "src" / "hostcity" / "demo" / "data"
RESEARCH = re.compile(r"mirror\)|not verified|as listed|time of page", re.IGNORECASE)


def test_notes_are_taken_out():
    assert without_notes(
        "53 eligible countries at time of page; policy since extended (not verified here)"
    ) == ("53 eligible countries")
    assert without_notes("Wikipedia 40°04′48″N (airports-worldwide.com mirror)") == "Wikipedia 40°04′48″N"
    assert without_notes(
        "700+ rooms (Wikipedia, 2014) / 160,000 m2 (CRI 2010); state hotel (Nixon, Mao)"
    ) == ("700+ rooms / 160,000 m2; state hotel (Nixon, Mao)")


def test_a_value_holding_both_scripts_shows_the_page_s():
    from django.utils import translation

    from hostcity.shared.bilingual import split_scripts

    with translation.override("zh-hans"):
        assert split_scripts("Dongcheng 东城区") == "东城区" and split_scripts("Dongcheng") == "Dongcheng"
    with translation.override("en"):
        assert split_scripts("Dongcheng 东城区") == "Dongcheng" and split_scripts("东城区") == "东城区"
        assert split_scripts("Forum session / 论坛分会") == "Forum session"
    with translation.override("zh-hans"):
        assert split_scripts("Forum session / 论坛分会") == "论坛分会"


def test_no_shown_field_of_the_demo_data_keeps_a_note():
    shown = {
        "beijing_venues.csv": ("sources", "coord_source"),
        "intl_orgs_seed.csv": ("fact", "location_or_address"),
    }
    for name, columns in shown.items():
        with (DATA / name).open(encoding="utf-8") as rows:
            for row in csv.DictReader(rows):
                for column in columns:
                    assert not RESEARCH.search(without_notes(row[column])), (name, column, row[column])
