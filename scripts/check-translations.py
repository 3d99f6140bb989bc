#!/usr/bin/env python3
"""Fails when a translations/*.ts file has unfinished, obsolete or vanished entries, when a
translation's placeholders (%1, %L2, %n, ...) differ from its source's, when lupdate finds
user-visible strings in the sources that the .ts files do not have yet, or when it cannot tell a
tr() call's context (such a string would never be translated).

Usage: check-translations.py LUPDATE LUPDATE_PROJECT_JSON -- TS_FILE...
(the project JSON is the one qt_add_translations generates, so include paths match the build)
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts_path):
    """(context, source) -> translation element, for every message in a .ts file."""
    root = ET.parse(ts_path).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


CONTEXT_WARNINGS = ("lacks Q_OBJECT macro", "cannot be called without context",
                    "Qualifying with unknown namespace/class")
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")


def placeholders(text):
    """The sorted placeholders of a text: a translation may reorder them, never drop or add."""
    return sorted(PLACEHOLDER.findall(text or ""))


def placeholder_problems(ts, key, translation):
    forms = translation.findall("numerusform") or [translation]
    want = placeholders(key[1])
    out = []
    for form in forms:
        got = placeholders(form.text)
        # A numerus form may leave out %n ("Eine Zeile"), but nothing else may change.
        if translation.findall("numerusform") and "%n" not in got:
            got = sorted(got + ["%n"]) if "%n" in want else got
        if got != want:
            out.append(f"{ts}: placeholders {got} differ from the source's {want}: "
                       f"[{key[0]}] {key[1]!r} -> {form.text!r}")
    return out


def main(argv):
    lupdate = argv[1]
    split = argv.index("--")
    project, ts_files = argv[2], argv[split + 1:]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            fresh = Path(tmp) / Path(ts).name
            shutil.copy(ts, fresh)
            run = subprocess.run([lupdate, "-silent", "-project", project, "-no-obsolete",
                                  "-locations", "none", "-ts", str(fresh)], check=True,
                                  capture_output=True, text=True)
            # A tr() lupdate cannot place (a file-local tr() helper, a class without Q_OBJECT)
            # lands in the wrong context or nowhere, and then silently stays English at run time.
            for line in run.stderr.splitlines():
                if any(w in line for w in CONTEXT_WARNINGS) and ts == ts_files[0]:
                    problems.append(f"{line} (use a file-local `struct Tr {{ "
                                    "Q_DECLARE_TR_FUNCTIONS(hearth::core::Area) };` and "
                                    "Tr::tr(...), or QCoreApplication::translate)")
            committed, current = messages(ts), messages(fresh)
            for key in sorted(set(current) - set(committed), key=str):
                problems.append(f"{ts}: not in the file yet: [{key[0]}] {key[1]!r}")
            for key in sorted(set(committed) - set(current), key=str):
                problems.append(f"{ts}: no longer in the sources: [{key[0]}] {key[1]!r}")
            for key, translation in committed.items():
                kind = translation.get("type") if translation is not None else "missing"
                if kind in ("unfinished", "obsolete", "vanished", "missing"):
                    problems.append(f"{ts}: {kind}: [{key[0]}] {key[1]!r}")
                elif not (translation.text or translation.findall("numerusform")):
                    problems.append(f"{ts}: empty translation: [{key[0]}] {key[1]!r}")
                else:
                    problems += placeholder_problems(ts, key, translation)
    for p in problems[:200]:
        print(p)
    if problems:
        print(f"check-translations: {len(problems)} problem(s); run "
              "`cmake --build build/dev --target update_translations` and translate")
        return 1
    print(f"check-translations: {len(ts_files)} files complete and current")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
