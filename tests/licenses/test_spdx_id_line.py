"""The SPDX-License-Identifier line: its value read in linear time, as the old pattern read it."""

from __future__ import annotations

import random
import re

from openlint.licenses.identify import SPDX_ID_LINE, spdx_id_value

OLD = re.compile(r"spdx-license-identifier:\s*(.+?)\s*(?:\*/|-->)?\s*$", re.IGNORECASE)  # cubic on trailing blanks


def test_the_value_is_the_one_the_lazy_pattern_gave():
    pieces = ["SPDX-License-Identifier:", "spdx-license-identifier: ", "MIT", " OR ", "Apache-2.0", " ", "\t", "*/", "-->", "*", "/", "(", ")", "a"]
    rng = random.Random(14)
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        old = OLD.search(line)
        new = SPDX_ID_LINE.search(line)
        if old is None:
            assert new is None or spdx_id_value(new.group(1)) == "", line
        elif old.group(1).strip() and old.group(1) not in ("*/", "-->"):
            assert new is not None and spdx_id_value(new.group(1)) == old.group(1), line


def test_a_line_ending_in_thousands_of_blanks_is_identified(make_repo, check_json):
    # benchmarks/fuzz.py, parser license: no result within 60 s (the lazy pattern backtracked)
    notice = "SPDX-License-Identifier: GPL-2.0-or-later" + " " * 6_000 + "\n"
    report = check_json(make_repo({"LICENSE": notice, "README.md": "# Tiny\n"}))
    licenses = report["repositories"][0]["licenses"]
    assert [(item["id"], item["file"]) for item in licenses if item.get("file") == "LICENSE"] == [("GPL-2.0-or-later", "LICENSE")]


def test_a_repeated_line_is_parsed_once_and_values_are_bounded(monkeypatch):
    # benchmarks/fuzz.py --mutate, parser license (seed 14): 1.02 s for a LICENSE_DATA of 2,000
    # lines `SPDX-License-Identifier: ((((MIT))))`, each parsed again
    from openlint.licenses import identify, spdx

    calls = []
    parse = spdx.parse_ids
    monkeypatch.setattr(spdx, "parse_ids", lambda value: calls.append(value) or parse(value))
    lines = ["SPDX-License-Identifier: ((((MIT))))"] * 2_000
    regions = identify._spdx_id_regions(lines)
    assert calls == ["((((MIT))))"]
    assert [(r.id, r.start_line) for r in regions[:2]] == [("MIT", 1), ("MIT", 2)] and len(regions) == 2_000
    calls.clear()
    distinct = [f"SPDX-License-Identifier: MIT OR LicenseRef-X{i}" for i in range(100)]
    regions = identify._spdx_id_regions(distinct)
    assert len(calls) == identify.MAX_ID_EXPRESSIONS == 64
    assert [r.start_line for r in regions][-1] == 64  # the lines past the bound are not read
