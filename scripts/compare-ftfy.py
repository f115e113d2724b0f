#!/usr/bin/env python3
"""Runs Python's ftfy on tests/fixtures/encoding/cases.json and writes its
outputs (one per case, same order) to tests/fixtures/encoding/ftfy-results.json,
which scripts/score-encoding.mjs reads. Development tool only: the test suite
does not depend on ftfy.

ftfy is configured for the same job as articlelint's encoding rules: encoding
repair, HTML entities, C1/control characters; its unrelated normalisations
(quote uncurling, NFC, ligatures, widths, line breaks) are off so that they
do not count against it.

    python3 -m venv /tmp/ftfy-venv && /tmp/ftfy-venv/bin/pip install ftfy
    /tmp/ftfy-venv/bin/python scripts/compare-ftfy.py
"""
import json
import pathlib

import ftfy

ROOT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "encoding"
cases = json.loads((ROOT / "cases.json").read_text(encoding="utf-8"))
config = ftfy.TextFixerConfig(
    unescape_html=True,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)
results = [ftfy.fix_text(c["input"], config) for c in cases]
(ROOT / "ftfy-results.json").write_text(json.dumps(results, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print(f"ftfy {ftfy.__version__}: {len(results)} cases -> {ROOT / 'ftfy-results.json'}")
