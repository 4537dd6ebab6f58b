#!/usr/bin/env python3
"""Checks crates/tagger/gazetteer/organizations.toml against the rules of docs/architecture.md
and docs/gazetteer-organizations.md. Exit status 1 on errors. Usage:

    python3 scripts/gazetteer/check_orgs.py [FILE] [--other DIR] [--stats]

--other DIR also normalizes the aliases of the other gazetteer files in DIR and reports
organization aliases that collide with theirs (same normalized text).
"""
import re
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

KINDS = {"intergovernmental", "government", "military", "intelligence", "state-media", "media",
         "think-tank", "company", "armed-group", "ngo", "party", "court", "central-bank", "union", "sports", "education"}
FLAGS = {"exact", "cap", "capital", "no-person", "weak", "home", "compound", "fixed", "de-name", "de-adj",
         "de-noun", "en-noun", "team", "hyphen"}
LANGS = {"en", "de", "fr", "es", "it", "ru", "uk", "pt", "pl", "tr", "ar", "fa", "zh", "any"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CC_RE = re.compile(r"^[A-Z]{2}$")
FIELDS = {"id", "name", "acronym", "kind", "country", "aliases"}


def normalize(text: str) -> str:
    """The matcher's folding (architecture.md, Matching 1), without HTML entities."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if ch == "\u0308" and out and out[-1] in "aou":
                out.append("e")
            continue
        for c in ch.lower():
            out.append("ss" if c == "ß" else c)
    s = "".join(out)
    s = re.sub(r"[^\w]+|_+", "  ", s)
    return " " + s.strip() + " "


def de_forms(text: str, flags: set[str]) -> list[str]:
    """An approximation of the generated German forms, only for duplicate detection."""
    if "fixed" in flags:
        return []
    last = text.split()[-1] if text.split() else text
    if "de-adj" in flags:
        return [text + e for e in ("e", "en", "er", "es", "em")]
    if "de-noun" in flags:
        return [text + e for e in ("e", "en", "n", "es", "s", "er", "ern")]
    if last[-1:].lower() in "sßxz":
        return []
    return [text + "s"]


def main() -> int:
    args = sys.argv[1:]
    stats = "--stats" in args
    other = None
    if "--other" in args:
        other = Path(args[args.index("--other") + 1])
    files = [a for a in args if not a.startswith("--") and Path(a).suffix == ".toml"]
    path = Path(files[0]) if files else Path(__file__).resolve().parents[2] / "crates/tagger/gazetteer/organizations.toml"
    raw = path.read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    lines = raw.splitlines()
    id_line = {}
    for n, line in enumerate(lines, 1):
        m = re.match(r'\s*id\s*=\s*"([^"]*)"', line)
        if m:
            id_line.setdefault(m.group(1), n)

    errors, warnings = [], []
    orgs = data.get("organization", [])
    if set(data) - {"organization"}:
        errors.append(f"unexpected top-level keys {sorted(set(data) - {'organization'})}")
    seen_ids = set()
    owner = {}  # normalized explicit alias -> (id, text)
    generated = defaultdict(set)  # normalized generated form -> ids
    per_kind, per_lang = Counter(), Counter()
    for org in orgs:
        oid = org.get("id", "?")
        where = f"{path.name}:{id_line.get(oid, 0)} [{oid}]"
        for k in org:
            if k not in FIELDS:
                errors.append(f"{where}: unknown field {k!r}")
        if not ID_RE.match(oid):
            errors.append(f"{where}: bad id")
        if oid in seen_ids:
            errors.append(f"{where}: duplicate id")
        seen_ids.add(oid)
        if not org.get("name"):
            errors.append(f"{where}: missing name")
        if org.get("kind") not in KINDS:
            errors.append(f"{where}: bad kind {org.get('kind')!r}")
        per_kind[org.get("kind")] += 1
        if "country" in org and not CC_RE.match(org["country"]):
            errors.append(f"{where}: bad country {org['country']!r}")
        aliases = org.get("aliases", {})
        if not aliases:
            errors.append(f"{where}: no aliases")
        own = set()
        for lang, items in aliases.items():
            if lang not in LANGS:
                errors.append(f"{where}: bad language {lang!r}")
            for item in items:
                text, *flags = item.split("|")
                per_lang[lang] += 1
                fl = set(flags)
                for f in flags:
                    if f not in FLAGS:
                        errors.append(f"{where}: bad flag {f!r} in {item!r}")
                if len(flags) != len(fl):
                    warnings.append(f"{where}: repeated flag in {item!r}")
                if text != text.strip() or not text:
                    errors.append(f"{where}: blank or padded alias {item!r}")
                key = normalize(text)
                scope = "*" if lang in ("en", "any") else lang
                # flags that change what is matched; `fixed`/`de-name` only add German forms
                sig = frozenset(fl - {"fixed", "de-name"})
                own_key = (key, text if "exact" in fl else None, sig)
                if any((own_key, sc) in own for sc in {"*", scope}) or (
                        scope == "*" and any(k == own_key for (k, _) in own)):
                    warnings.append(f"{where}: alias {item!r} repeated within the entry (same text after folding)")
                own.add((own_key, scope))
                shared_acronym = ("exact" in fl and "exact" in owner.get(key, ("", "", set()))[2]
                                  if key in owner else False)
                if key in owner and owner[key][0] != oid and shared_acronym:
                    warnings.append(f"{where}: acronym {item!r} shared with {owner[key][0]}: resolved by case or by the article (acronyms rule)")
                elif key in owner and owner[key][0] != oid and "team" in fl | owner[key][2]:
                    # A `team` name is only read in a sports table (the team candidate is
                    # tried first there), the other owner's everywhere else.
                    warnings.append(f"{where}: alias {item!r} shared with {owner[key][0]}: the team in sports tables")
                elif key in owner and owner[key][0] != oid:
                    errors.append(f"{where}: alias {item!r} also belongs to {owner[key][0]} ({owner[key][1]!r})")
                else:
                    owner[key] = (oid, text, fl)
                if len(key.strip()) <= 3 and key.strip().isalpha() and "exact" not in fl and lang == "any":
                    warnings.append(f"{where}: short language-neutral alias {item!r} without exact")
                if lang == "de":
                    for g in de_forms(text, fl):
                        generated[normalize(g)].add(oid)
                if "compound" in fl and lang not in ("de", "any"):
                    warnings.append(f"{where}: compound on a non-German alias {item!r}")
    for key, ids in generated.items():
        if key in owner and owner[key][0] not in ids:
            warnings.append(f"generated form {key.strip()!r} of {sorted(ids)} equals an alias of {owner[key][0]}")
    if other:
        for f in sorted(other.glob("*.toml")):
            if f.name == "organizations.toml":
                continue
            try:
                od = tomllib.loads(f.read_text(encoding="utf-8"))
            except Exception as e:  # noqa: BLE001
                warnings.append(f"{f}: unreadable ({e})")
                continue
            for typ, entries in od.items():
                if not isinstance(entries, list):
                    continue
                for e in entries:
                    for lang, items in (e.get("aliases") or {}).items():
                        for item in items:
                            key = normalize(item.split("|")[0])
                            if key in owner:
                                warnings.append(f"{f.name}: {typ} {e.get('id')} alias {item!r} collides with organization {owner[key][0]}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(orgs)} organizations, {sum(per_lang.values())} aliases; {len(errors)} errors, {len(warnings)} warnings")
    if stats:
        print("kinds:", dict(sorted(per_kind.items())))
        print("aliases per language:", dict(sorted(per_lang.items())))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
