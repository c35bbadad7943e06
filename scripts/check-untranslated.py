#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Sales Client Authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""List Chinese string literals in C++ sources that no translation function wraps.

Source strings are Chinese and English comes from translations/sales_en.ts, so a
Chinese literal outside tr()/translate()/QT_TR_NOOP() shows up in Chinese in the
English UI. Data that is not interface text (demo vocabularies, default domain
data, keyword dictionaries, log lines) is listed in scripts/untranslated-allowed.txt
as `path` (the whole file) or `path:literal` (one literal in that file).

With --ts and --lupdate it also runs lupdate on a copy of that .ts file over the
sources app/desktop/CMakeLists.txt names (ui, core, app/desktop) and reports every
message still without a finished translation: a new tr() string, or one left open.

Usage: check-untranslated.py [--allow FILE] [--ts FILE --lupdate EXE] ROOT DIR...
Exits 1 when anything is found.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
WRAPPERS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP",
            "QT_TRANSLATE_N_NOOP", "qtTrId", "QT_TRID_NOOP"}
STRING_START = re.compile(r'(?:u8|u|U|L)?R?"')
IDENT_BEFORE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*$")


def literals(text):
    """Yield (line, literal text, code before it with comments and strings blanked)."""
    code = []  # the text so far, with comments and literal contents blanked
    i, n, line = 0, len(text), 1
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            code.append(" " * (j - i))
            i = j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            code.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
            continue
        if c == "'":
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            code.append("' '")
            i = j + 1
            continue
        m = STRING_START.match(text, i)
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            start = m.end()
            if m.group(0).endswith('R"'):
                paren = text.index("(", start)
                delim = ")" + text[start:paren] + '"'
                end = text.index(delim, paren)
                body, i = text[paren + 1:end], end + len(delim)
            else:
                j = start
                while j < n and text[j] != '"':
                    j += 2 if text[j] == "\\" else 1
                body, i = text[start:j], j + 1
            yield line, body, "".join(code)
            line += body.count("\n")
            code.append('""')
            continue
        if c == "\n":
            line += 1
        code.append(c)
        i += 1


def wrapped(before):
    """True when the innermost open call around the literal is a translation function."""
    depth = 0
    for k in range(len(before) - 1, -1, -1):
        ch = before[k]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth == 0:
                if ch != "(":
                    return False
                m = IDENT_BEFORE.search(before[:k])
                return bool(m and m.group(1) in WRAPPERS)
            depth -= 1
        elif ch == ";" and depth == 0:
            return False
    return False


def load_allowed(path):
    files, pairs = set(), set()
    if path is None:
        return files, pairs
    for raw in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        if ":" in entry:
            f, lit = entry.split(":", 1)
            pairs.add((f.strip(), lit.strip()))
        else:
            files.add(entry)
    return files, pairs


def unfinished_translations(root, ts, lupdate):
    """(context, source) of every message lupdate leaves unfinished in a copy of ts."""
    sources = [p for d in ("ui", "core", "app/desktop") for p in sorted((root / d).rglob("*.cpp"))]
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp) / ts.name
        shutil.copyfile(ts, copy)
        listing = pathlib.Path(tmp) / "sources.lst"
        # The include paths let lupdate read the class declarations, as the CMake target's do.
        includes = [f"-I{root / d}" for d in ("core", "ui", "app/desktop")]
        listing.write_text("\n".join(includes + [str(p) for p in sources]) + "\n", encoding="utf-8")
        subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", f"@{listing}", "-ts", str(copy)],
                       check=True, capture_output=True)
        out = []
        for context in ET.parse(copy).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [n.text for n in translation.iter("numerusform")] or [translation.text]
                if translation.get("type") == "unfinished" or not all((t or "").strip() for t in forms):
                    out.append((context.findtext("name"), message.findtext("source")))
        return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--allow")
    parser.add_argument("--ts")
    parser.add_argument("--lupdate")
    parser.add_argument("root")
    parser.add_argument("dirs", nargs="+")
    args = parser.parse_args()
    root = pathlib.Path(args.root)
    allowed_files, allowed_pairs = load_allowed(args.allow)
    found = 0
    for d in args.dirs:
        for path in sorted((root / d).rglob("*")):
            if path.suffix not in (".cpp", ".h") or not path.is_file():
                continue
            rel = path.relative_to(root).as_posix()
            if rel in allowed_files:
                continue
            text = path.read_text(encoding="utf-8")
            for line, body, before in literals(text):
                if not CJK.search(body) or wrapped(before) or (rel, body.strip()) in allowed_pairs:
                    continue
                print(f"{rel}:{line}: \"{body}\"")
                found += 1
    if found:
        print(f"{found} Chinese literal(s) outside tr()/translate()", file=sys.stderr)
    missing = []
    if args.ts and args.lupdate:
        missing = unfinished_translations(root, pathlib.Path(args.ts), args.lupdate)
        for context, source in missing:
            print(f"{args.ts}: {context}: no translation for \"{source}\"")
        if missing:
            print(f"{len(missing)} message(s) untranslated: run the sales-client_lupdate target "
                  "and translate them", file=sys.stderr)
    return 1 if found or missing else 0


if __name__ == "__main__":
    sys.exit(main())
