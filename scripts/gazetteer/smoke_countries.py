#!/usr/bin/env python3
"""Table of sentences with the country mentions they must (and must not) produce.

    cargo build -q -p enricher
    python3 scripts/gazetteer/smoke_countries.py [--enricher target/debug/enricher] [--gazetteer DIR]

Each row: (name, lang, text, expected) where expected lists "surface=ID" for every country
mention, in order. Rows run through `enricher enrich` with the given gazetteer directory;
a failing row prints its name, the expected and the actual mentions. Exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

ROWS = [
    # --- the sample's forms (German)
    ("de-sample", "de", "Nordkorea weist Vorwürfe von Waffenlieferungen an Russland zurück",
     ["Nordkorea=KP", "Russland=RU"]),
    ("de-genitive", "de", "Russlands Krieg und Irans Drohnen", ["Russlands=RU", "Irans=IR"]),
    ("de-compound", "de", "Der Ukrainekrieg prägt die Russlandpolitik", ["Ukrainekrieg=UA", "Russlandpolitik=RU"]),
    ("de-adj", "de", "Ein Beamter des nordkoreanischen Verteidigungsministeriums", ["nordkoreanischen=KP"]),
    ("de-us-adj", "de", "die US-amerikanische Politik und die USA", ["US-amerikanische=US", "USA=US"]),
    ("de-vereinigten", "de", "Behauptungen der Vereinigten Staaten", ["Vereinigten Staaten=US"]),
    ("de-capitals", "de", "Pjöngjang und Pjongjang widersprechen Moskau, Kiew und Peking",
     ["Pjöngjang=KP", "Pjongjang=KP", "Moskau=RU", "Kiew=UA", "Peking=CN"]),
    ("de-dvrk", "de", "das Image der DVRK", ["DVRK=KP"]),
    ("de-demonym", "de", "Russen und Ukrainer sowie Nordkoreaner", ["Russen=RU", "Ukrainer=UA", "Nordkoreaner=KP"]),
    ("de-nahost", "de", "Länder im Nahen Osten und Nordafrika", []),
    ("de-halbinsel", "de", "Spannungen auf der koreanischen Halbinsel", []),
    ("de-suedchinesisch", "de", "Manöver im Südchinesischen Meer", []),
    ("de-kongo", "de", "Kämpfe im Osten des Kongo und in der Republik Kongo",
     ["Kongo=CD", "Republik Kongo=CG"]),
    ("de-drkongo", "de", "die Demokratische Republik Kongo", ["Demokratische Republik Kongo=CD"]),
    ("de-uk", "de", "Großbritannien und das Vereinigte Königreich", ["Großbritannien=GB", "Vereinigte Königreich=GB"]),
    ("de-emirate", "de", "in den Vereinigten Arabischen Emiraten", ["Vereinigten Arabischen Emiraten=AE"]),
    ("de-gaza", "de", "Der Gazakrieg, das Westjordanland und Palästina", ["Palästina=PS"]),
    ("de-compass", "de", "Angriffe in der Ostukraine und in Nordisrael", ["Ostukraine=UA", "Nordisrael=IL"]),
    ("de-island", "de", "Island liegt auf einer Insel; island ist klein", ["Island=IS"]),
    ("de-washingtons", "de", "ein Versuch Washingtons, Kabuls Einfluss zu begrenzen", ["Washingtons=US", "Kabuls=AF"]),
    ("de-jordan-river", "de", "Palästinenser könnten über den Jordan nach Jordanien gedrängt werden", ["Palästinenser=PS", "Jordanien=JO"]),
    ("de-long-island", "de", "Ein Sturm traf Long Island und Rhode Island, nicht Island", ["Island=IS"]),
    ("de-lateinamerika", "de", "Lateinamerika und die lateinamerikanischen Staaten", []),
    # --- English
    ("en-us-forms", "en", "The U.S. and the US, the USA and the United States of America",
     ["U.S=US", "US=US", "USA=US", "United States of America=US"]),
    ("en-us-word", "en", "Let us see what it means for us", []),
    ("en-possessive", "en", "Russia's war and Ukraine's defence", ["Russia=RU", "Ukraine=UA"]),
    ("en-adj-plural", "en", "North Koreans and Russians met Americans", ["North Koreans=KP", "Russians=RU", "Americans=US"]),
    ("en-dprk-rok", "en", "The DPRK warned the ROK", ["DPRK=KP", "ROK=KR"]),
    ("en-turkey", "en", "Turkey said the turkey was cooked", ["Turkey=TR"]),
    ("en-china", "en", "China bought fine china", ["China=CN"]),
    ("en-guinea", "en", "Guinea, Equatorial Guinea, Guinea-Bissau and Papua New Guinea but not a guinea pig",
     ["Guinea=GN", "Equatorial Guinea=GQ", "Guinea-Bissau=GW", "Papua New Guinea=PG"]),
    ("en-niger", "en", "Niger and Nigeria border each other", ["Niger=NE", "Nigeria=NG"]),
    ("en-sudan", "en", "Sudan and South Sudan", ["Sudan=SD", "South Sudan=SS"]),
    ("en-dominica", "en", "Dominica is not the Dominican Republic", ["Dominica=DM", "Dominican Republic=DO"]),
    ("en-ireland", "en", "Ireland and Northern Ireland, England and the UK", ["Ireland=IE", "UK=GB"]),
    ("en-prefixes", "en", "Sino-US talks and the Franco-German brigade", ["Sino=CN", "US=US", "Franco=FR", "German=DE"]),
    ("en-israel-person", "en", "Defence Minister Israel Katz said Israel would respond", ["Israel=IL"]),
    ("en-jersey", "en", "New Jersey is not Jersey", ["Jersey=JE"]),
    ("en-mexico", "en", "New Mexico borders Mexico; the Gulf of Mexico", ["Mexico=MX"]),
    ("en-georgia-alone", "en", "Voters in Atlanta, Georgia and across Georgia went to the polls", []),
    ("en-georgia-supported", "en", "Georgia's parliament in Tbilisi passed the law; Georgia objected",
     ["Georgia=GE", "Tbilisi=GE", "Georgia=GE"]),
    ("en-washington-person", "en", "Actor Denzel Washington met officials in Washington", ["Washington=US"]),
    ("en-washington-state", "en", "Wildfires in Washington State", []),
    ("en-jordan-person", "en", "Congressman Jim Jordan spoke; Jordan closed its airspace", ["Jordan=JO"]),
    ("en-korea-bare", "en", "North Korea and South Korea share the Korean Peninsula; Korea was divided",
     ["North Korea=KP", "South Korea=KR"]),
    ("en-congo", "en", "Congo and the Republic of Congo and the Democratic Republic of Congo",
     ["Congo=CD", "Republic of Congo=CG", "Democratic Republic of Congo=CD"]),
    ("en-seas", "en", "Ships in the South China Sea, the Sea of Japan and the Indian Ocean", []),
    ("en-americas", "en", "Latin America and the American president", ["American=US"]),
    ("en-uk", "en", "The UK, Britain and the British", ["UK=GB", "Britain=GB", "British=GB"]),
    ("en-capitals", "en", "Pyongyang, Moscow, Kyiv, Kiev, Beijing and Tehran", [
        "Pyongyang=KP", "Moscow=RU", "Kyiv=UA", "Kiev=UA", "Beijing=CN", "Tehran=IR"]),
    ("en-prc-taiwan", "en", "The People's Republic of China and the Republic of China",
     ["People's Republic of China=CN", "Republic of China=TW"]),
    ("en-pole", "en", "A Pole reached the North Pole; Poles and Polish troops", ["Pole=PL", "Poles=PL", "Polish=PL"]),
    ("en-budapest-memo", "en", "The Budapest Memorandum and the Minsk agreements", []),
    ("en-uae", "en", "The UAE and the United Arab Emirates", ["UAE=AE", "United Arab Emirates=AE"]),
    # --- Russian and Ukrainian case forms
    ("ru-cases", "ru", "Россия напала на Украину; санкции против России", ["Россия=RU", "Украину=UA", "России=RU"]),
    ("ru-adj", "ru", "российские войска и северокорейских солдат", ["российские=RU", "северокорейских=KP"]),
    ("uk-cases", "uk", "Війна Росії проти України; допомога Україні", ["Росії=RU", "України=UA", "Україні=UA"]),
]


def run(enricher: Path, gazetteer: Path) -> int:
    lines = [json.dumps({"id": name, "lang": lang, "body": text}, ensure_ascii=False)
             for name, lang, text, _ in ROWS]
    proc = subprocess.run(
        [str(enricher), "enrich", "--gazetteer", str(gazetteer)],
        input="\n".join(lines) + "\n", capture_output=True, text=True, check=True,
    )
    out = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    failed = 0
    for (name, _, _, expected), enriched in zip(ROWS, out, strict=True):
        got = [f"{m['text']}={m['id']}" for m in enriched["mentions"] if m["type"] == "country"]
        if got != expected:
            failed += 1
            print(f"FAIL {name}\n  expected {expected}\n  got      {got}")
    print(f"{len(ROWS) - failed} passed, {failed} failed")
    return 1 if failed else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--enricher", type=Path, default=ROOT / "target/debug/enricher")
    ap.add_argument("--gazetteer", type=Path, default=ROOT / "crates/tagger/gazetteer")
    args = ap.parse_args()
    return run(args.enricher, args.gazetteer)


if __name__ == "__main__":
    sys.exit(main())
