"""The real-world corpus (../shared/corpus/real, next to the checkout): every license file is
identified as its label says, and openlint checks every folder without crashing.

Skipped when the corpus is not there. The files are read in place and copied to tmp_path for the
CLI run; nothing is written into the repository or the corpus.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from helpers import REPORT_SCHEMA, ROOT
from openlint.inputs.discover import is_license_name
from openlint.licenses import catalog
from openlint.licenses.identify import identify

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CORPUS = ROOT.parent / "shared" / "corpus" / "real"
LICENSE_LIKE = re.compile(r"^(?:LICENSE.*|.*LICENSE.*AGREEMENT.*|USE_POLICY.*|NOTICE.*)$")

# (folder, file) -> (role, the ids identify() must find, in order).
# Roles, decided by reading each file against its folder's label.toml:
#   weights       the terms of the weights: [license] spdx
#   code          the terms of the code: [license] code_license
#   code+weights  one file for both (spdx == code_license)
#   weights-alt   the terms of some of the weights ([license] name lists a second agreement)
#   policy        the acceptable-use policy of the [license] spdx license (same family)
#   data          the terms of the data ([license] name and note)
#   notices       third-party notices; not labelled (NOTICE is optional)
EXPECTED: dict[tuple[str, str], tuple[str, list[str]]] = {
    ("apple-mobileclip", "LICENSE"): ("code", ["MIT"]),
    ("apple-mobileclip", "LICENSE_DATA"): ("data", ["CC-BY-NC-ND-4.0"]),
    ("apple-mobileclip", "LICENSE_MODELS"): ("weights", ["LicenseRef-Apple-ML-Research-Model-TOU"]),
    ("baichuan2", "LICENSE"): ("code", ["Apache-2.0"]),  # the weights' license is a PDF on the Hub, not here
    ("bert", "LICENSE"): ("code+weights", ["Apache-2.0"]),
    ("deepseek-v3", "LICENSE-CODE"): ("code", ["MIT"]),
    ("deepseek-v3", "LICENSE-MODEL"): ("weights", ["LicenseRef-DeepSeek-License-1.0"]),
    ("dolly-v2", "LICENSE"): ("code", ["Apache-2.0"]),  # the weights' MIT comes from the Hub card, not stored
    ("grok-1", "LICENSE.txt"): ("code+weights", ["Apache-2.0"]),
    ("llama1", "LICENSE"): ("code", ["GPL-3.0-only"]),  # with its "How to Apply" sample notice inside
    ("llama2", "LICENSE"): ("code+weights", ["LicenseRef-Llama-2-Community"]),
    ("llama2", "USE_POLICY.md"): ("policy", ["LicenseRef-Llama-2-AUP"]),
    ("llama3", "LICENSE"): ("code+weights", ["LicenseRef-Llama-3-Community", "LicenseRef-Llama-3-AUP"]),  # AUP appended
    ("llama3", "USE_POLICY.md"): ("policy", ["LicenseRef-Llama-3-AUP"]),
    ("llm360-amber", "LICENSE"): ("code+weights", ["Apache-2.0"]),
    ("mistral", "LICENSE"): ("code+weights", ["Apache-2.0"]),
    ("mpt", "LICENSE"): ("code+weights", ["Apache-2.0"]),
    ("olmo", "LICENSE"): ("code+weights", ["Apache-2.0"]),
    ("phi-4-reasoning-vision", "LICENSE"): ("code+weights", ["MIT"]),
    ("pythia", "LICENSE"): ("code+weights", ["Apache-2.0"]),
    ("qwen", "LICENSE"): ("code", ["Apache-2.0"]),
    ("qwen", "NOTICE"): ("notices", ["BSD-3-Clause", "MIT", "Apache-2.0", "MIT"]),
    ("qwen", "Tongyi Qianwen LICENSE AGREEMENT"): ("weights", ["LicenseRef-Tongyi-Qianwen"]),
    ("qwen", "Tongyi Qianwen RESEARCH LICENSE AGREEMENT"): ("weights-alt", ["LicenseRef-Tongyi-Qianwen-Research"]),
    ("snowflake-arctic", "LICENSE"): ("code+weights", ["Apache-2.0"]),
    ("stable-diffusion-v1", "LICENSE"): ("code+weights", ["LicenseRef-CreativeML-OpenRAIL-M"]),
    ("yi-2023", "LICENSE"): ("code", ["Apache-2.0"]),
    ("yi-2023", "MODEL_LICENSE_AGREEMENT.txt"): ("weights", ["LicenseRef-Yi-Community-2.1"]),
}
FOLDERS = sorted({folder for folder, _ in EXPECTED})


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the real-world corpus is not at {CORPUS}")
    return CORPUS


def label(corpus: Path, folder: str) -> dict:
    return tomllib.loads((corpus / folder / "label.toml").read_text(encoding="utf-8"))


def test_the_table_covers_every_license_file_of_the_corpus(corpus):
    found = {(p.parent.name, p.name) for p in corpus.glob("*/*") if p.is_file() and LICENSE_LIKE.match(p.name)}
    assert found == set(EXPECTED)
    assert {p.name for p in corpus.iterdir() if p.is_dir()} == set(FOLDERS)


@pytest.mark.parametrize("folder, file", sorted(EXPECTED), ids=[f"{d}/{f}" for d, f in sorted(EXPECTED)])
def test_the_table_agrees_with_the_label(corpus, folder, file):
    role, ids = EXPECTED[(folder, file)]
    terms = label(corpus, folder)["license"]
    if role in ("weights", "code+weights"):
        assert ids[0] == terms["spdx"]
    if role in ("code", "code+weights"):
        assert terms["code_license"] in ids
    if role == "weights-alt":
        assert ids[0] != terms["spdx"] and "RESEARCH LICENSE AGREEMENT" in terms["name"]
    if role == "policy":
        policy, governed = catalog.get(ids[0]), catalog.get(terms["spdx"])
        assert (policy["kind"], policy["family"]) == ("use-policy", governed["family"])
    if role == "data":
        assert ids[0] in terms["name"] + terms["note"]


@pytest.mark.parametrize("folder, file", sorted(EXPECTED), ids=[f"{d}/{f}" for d, f in sorted(EXPECTED)])
def test_corpus_license_file_is_identified(corpus, folder, file):
    role, ids = EXPECTED[(folder, file)]
    found = identify(file, (corpus / folder / file).read_text(encoding="utf-8"))
    assert [r.id for r in found.regions] == ids
    assert found.has_terms  # the texts themselves, not notices pointing to them
    assert not any(s.restrictive for s in found.stretches)  # no rider outside the licenses
    if role != "notices":
        assert is_license_name(file)  # openlint reads it


@pytest.mark.parametrize("folder", FOLDERS)
def test_openlint_checks_a_copy_of_each_corpus_folder(corpus, cli, tmp_path, folder):
    from jsonschema import Draft202012Validator

    root = tmp_path / folder
    shutil.copytree(corpus / folder, root)
    result = cli("check", "--output-format", "json", root)
    assert result.code in (0, 1), result.err
    assert result.err == "" and "Traceback" not in result.out
    report = json.loads(result.out)
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(report)) == []
    license_files = {lic["file"] for lic in report["repositories"][0]["licenses"] if lic["source"] == "file"}
    assert license_files == {f for d, f in EXPECTED if d == folder and is_license_name(f)}
