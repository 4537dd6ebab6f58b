#!/usr/bin/env python3
"""Tests of gold/build.py: markup, UTF-8 byte offsets, verification errors.

Run: python3 -m unittest gold/test_build.py   (from the repository root)
"""

import json
import tempfile
import unittest
from pathlib import Path

import importlib.util

_spec = importlib.util.spec_from_file_location("build", Path(__file__).with_name("build.py"))
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

FILLER = " ".join(["Wort"] * 150)


def source(art_id="de-001", lang="de", title="Titel", body=FILLER):
    return f"id: {art_id}\nlang: {lang}\ntitle: {title}\n---\n{body}\n"


class BuildTest(unittest.TestCase):
    def parse(self, text, name="de-001.txt"):
        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / name
            p.write_text(text, encoding="utf-8")
            return build.parse_source(p)

    def test_byte_offsets_count_utf8_bytes(self):
        body = "Die Rüstungsexporte nach [[Südkorea|country:KR]] und [[Pjöngjang|c:KP]]. " + FILLER
        art, _ = self.parse(source(body=body))
        data = art["body"].encode("utf-8")
        got = [(g["id"], data[g["start"]:g["end"]].decode("utf-8")) for g in art["gold"]]
        self.assertEqual(got, [("KR", "Südkorea"), ("KP", "Pjöngjang")])
        # "Die Rüstungsexporte nach " is 25 code points but 26 bytes (ü)
        self.assertEqual(art["gold"][0]["start"], 26)
        self.assertNotIn("[[", art["body"])

    def test_title_and_paragraphs(self):
        text = source(title="[[Nato|organization:nato]]-Gipfel", body="A\n\nB [[Waffen|w:arms-general]] " + FILLER)
        art, _ = self.parse(text)
        self.assertEqual(art["title"], "Nato-Gipfel")
        self.assertTrue(art["body"].startswith("A\n\nB Waffen "))
        self.assertEqual(
            [(g["field"], g["type"], g["start"], g["end"]) for g in art["gold"]],
            [("title", "organization", 0, 4), ("body", "weapon", 5, 11)],
        )
        json.dumps(art)  # serialisable

    def test_a_country_nests_in_a_state_body(self):
        body = "Das [[{{Russlands|c:RU}} Verteidigungsministerium|o:mod-ru]] sagte. " + FILLER
        art, _ = self.parse(source(body=body))
        data = art["body"].encode("utf-8")
        got = [(g["type"], data[g["start"]:g["end"]].decode("utf-8")) for g in art["gold"]]
        self.assertEqual(got, [("organization", "Russlands Verteidigungsministerium"),
                               ("country", "Russlands")])
        bad = "[[{{Nato|o:nato}} Truppen|c:RU]] " + FILLER
        with self.assertRaisesRegex(build.SourceError, "only a country may nest"):
            self.parse(source(body=bad))

    def test_bad_sources_are_rejected_with_a_cause(self):
        cases = [
            ("unknown type", source(body="[[Kiew|city:UA]] " + FILLER), "unknown type"),
            ("lower-case country", source(body="[[Kiew|country:ua]] " + FILLER), "ISO 3166-1"),
            ("bad category", source(body="[[Panzer|weapon:tanks]] " + FILLER), "not a contract weapon category"),
            ("bad org id", source(body="[[Nato|organization:Nato]] " + FILLER), "[a-z0-9-]"),
            ("unclosed markup", source(body="[[Kiew|country:UA " + FILLER), "malformed markup"),
            ("space in span", source(body="[[Kiew |country:UA]] " + FILLER), "white space"),
            ("too short", source(body="[[Kiew|country:UA]] only"), "expected 150-400"),
            ("lang mismatch", source(lang="en"), "does not match the id prefix"),
            ("missing separator", "id: de-001\nlang: de\ntitle: T\n", "or `---`"),
            ("no body at all", "id: de-001\nlang: de\ntitle: T", "no `---`"),
        ]
        for name, text, expected in cases:
            with self.subTest(name):
                with self.assertRaises(build.SourceError) as ctx:
                    self.parse(text)
                self.assertIn(expected, str(ctx.exception))

    def test_id_must_match_file_name(self):
        with self.assertRaises(build.SourceError):
            self.parse(source(art_id="de-002"), name="de-001.txt")

    def test_language_conventions_are_enforced(self):
        ar_body = " ".join(["كلمة"] * 130)
        zh_body = "新闻" * 100
        tr_body = " ".join(["kelime"] * 130)
        # (name, language, body, error substring or None when the source is valid)
        cases = [
            ("ar clitic outside the span", "ar", "قالت و[[روسيا|c:RU]] " + ar_body, None),
            ("ar article outside the span", "ar", "قالت بال[[صين|c:CN]] " + ar_body, None),
            ("ar article inside the span", "ar", "قالت [[الصين|c:CN]] " + ar_body, "article"),
            ("ar span inside a word", "ar", "قالت مر[[صين|c:CN]] " + ar_body, "inside a word"),
            ("tr span before the apostrophe", "tr", "[[Rusya|c:RU]]'nın " + tr_body, None),
            ("tr span with the suffix", "tr", "[[Rusya'nın|c:RU]] " + tr_body, "apostrophe"),
            ("fa span ending in ZWNJ", "fa", "[[موشک\u200c|w:missiles]]ها " + ar_body, "non-joiner"),
            ("zh counted in characters", "zh", "[[美国|c:US]]" + zh_body, None),
            ("zh too short", "zh", "[[美国|c:US]]" + "新闻" * 20, "characters"),
            ("new language needs 120 words", "fr", " ".join(["mot"] * 100), "expected 120-400"),
            ("unknown language", "xx", FILLER, "must be like"),
        ]
        for name, lang, body, expected in cases:
            with self.subTest(name):
                text, fname = source(f"{lang}-001", lang, body=body), f"{lang}-001.txt"
                if expected is None:
                    art, _ = self.parse(text, name=fname)
                    self.assertEqual(len(art["gold"]), 1)
                else:
                    with self.assertRaises(build.SourceError) as ctx:
                        self.parse(text, name=fname)
                    self.assertIn(expected, str(ctx.exception))

    def test_arabic_span_is_the_name_without_the_clitic(self):
        body = "وقالت [[روسيا|c:RU]] إن ال[[صين|c:CN]] " + " ".join(["كلمة"] * 130)
        art, _ = self.parse(source("ar-001", "ar", body=body), name="ar-001.txt")
        data = art["body"].encode("utf-8")
        self.assertEqual([data[g["start"]:g["end"]].decode() for g in art["gold"]],
                         ["روسيا", "صين"])
        self.assertTrue(art["body"].startswith("وقالت روسيا إن الصين"))

    def test_arabic_word_spans_take_in_the_clitics(self):
        body = "وقالت و[[روسيا|c:RU]] إن لل[[ولايات المتحدة|c:US]] و[[NATO|o:nato]] " + \
            " ".join(["كلمة"] * 130)
        art, _ = self.parse(source("ar-001", "ar", body=body), name="ar-001.txt")
        wide = build.arabic_word_spans(art)
        data = wide["body"].encode("utf-8")
        self.assertEqual([data[g["start"]:g["end"]].decode() for g in wide["gold"]],
                         ["وروسيا", "للولايات المتحدة", "وNATO"])
        orig = art["body"].encode("utf-8")
        self.assertEqual(orig[art["gold"][0]["start"]:art["gold"][0]["end"]].decode(), "روسيا")
        de, _ = self.parse(source(body="[[Russland|c:RU]] " + FILLER))
        self.assertIs(build.arabic_word_spans(de), de)

    def test_the_committed_gold_files_are_up_to_date(self):
        text, articles, _ = build.build(langs=build.CORE_LANGS)
        self.assertEqual(build.OUT.read_text(encoding="utf-8"), text)
        self.assertGreaterEqual(len(articles), 60)
        self.assertEqual({a["lang"] for a in articles}, {"en", "de"})
        others = tuple(lang for lang in build.LANGS if lang not in build.CORE_LANGS)
        text, articles, _ = build.build(langs=others)
        self.assertEqual(build.MULTI_OUT.read_text(encoding="utf-8"), text)
        self.assertNotIn("en", {a["lang"] for a in articles})


if __name__ == "__main__":
    unittest.main()
