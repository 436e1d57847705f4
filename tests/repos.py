"""A catalogue of small test repositories, by name.

Texts here are written for the tests: no real license texts or model cards. Tests build
these with the `make_repo` fixture; test_reports.py checks report invariants over all of them.
"""

from __future__ import annotations

from helpers import ROOT, Link

LICENSE_OK = "SPDX-License-Identifier: Apache-2.0\n"
# LICENSE_OK names a standard license without its text: an information (OL214) at its line.
LICENSE_NOTICE = ("OL214", "LICENSE", 1, 1)
LICENSE_NOTICE_CONCISE = "LICENSE:1:1: OL214 LICENSE names Apache License 2.0 without its text"
# The one real license text the tests use: the project's own LICENSE, the MIT license.
MIT_TEXT = (ROOT / "LICENSE").read_text(encoding="utf-8")
CARD_OK = "---\nlicense: apache-2.0\n---\n# Tiny model\n\nA small model for tests.\n"

# Every component OSAID 1.0 requires, each a file in the repository.
COMPONENT_FILES = {
    "src/model.py": "# model\n",
    "src/prep.py": "# preprocessing\n",
    "src/train.py": "# training\n",
    "src/infer.py": "# inference\n",
    "src/tokenizer.py": "# tokenizer\n",
    "model.safetensors": "weights\n",
    "DATA_CARD.md": "# Data card\n",
}

COMPONENT_BLOCKS = {
    "model-architecture": 'path = "src/model.py"\n',
    "data-preprocessing-code": 'path = "src/prep.py"\n',
    "training-code": 'path = "src/train.py"\n',
    "inference-code": 'path = "src/infer.py"\n',
    "supporting-libraries-and-tools": 'path = "src/tokenizer.py"\n',
    "model-parameters-final": 'path = "model.safetensors"\n',
    "data-card": 'path = "DATA_CARD.md"\nlicense = "CC-BY-4.0"\n',
}


def openness_toml(claim: str | None = '"open-source-ai"', drop: tuple[str, ...] = (), licenses: dict | None = None) -> str:
    """An openness.toml declaring every OSAID component; the claim, when given, is on line 5 column 9.

    `drop` leaves components out; `licenses` sets a component's own license.
    """
    licenses = licenses or {}
    text = 'format = 1\n\n[release]\nname = "tiny"\n'
    if claim is not None:
        text += f"claim = {claim}\n"
    text += '\n[release.license]\ndistribution = "Apache-2.0"\n'
    for cid, block in COMPONENT_BLOCKS.items():
        if cid in drop:
            continue
        if cid in licenses:
            block = "".join(line for line in block.splitlines(keepends=True) if not line.startswith("license"))
            block += f'license = "{licenses[cid]}"\n'
        text += f"\n[components.{cid}]\n{block}"
    return text


def open_repo(**options) -> dict:
    """A repository that meets OSAID 1.0, with openness.toml built by openness_toml(**options)."""
    return {"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": openness_toml(**options), **COMPONENT_FILES}


REPOS: dict[str, dict] = {
    # -- clean and verdicts ------------------------------------------------------------------
    "open": open_repo(),
    "open-no-claim": open_repo(claim=None),
    # the same release with the license text itself (MIT) instead of a notice: no finding at all
    "open-full-text": open_repo()
    | {
        "LICENSE": MIT_TEXT,
        "README.md": CARD_OK.replace("license: apache-2.0", "license: mit"),
        "openness.toml": open_repo()["openness.toml"].replace('distribution = "Apache-2.0"', 'distribution = "MIT"'),
    },
    "open-mof-claim": open_repo(claim='"mof-class-1"'),
    "open-two-claims": open_repo(claim='["open-source-ai", "open-weights"]'),
    "missing-training-code": open_repo(drop=("training-code",)),
    "weights-non-commercial": open_repo(licenses={"model-parameters-final": "CC-BY-NC-4.0"}),
    "no-data-information": open_repo(drop=("data-card",)),
    "card-only": {"LICENSE": LICENSE_OK, "README.md": CARD_OK},
    "card-claim-tag": {
        "LICENSE": LICENSE_OK,
        "README.md": "---\nlicense: apache-2.0\ntags:\n  - text-generation\n  - open-source\n---\n# Tiny\n",
    },
    # -- positions -----------------------------------------------------------------------------
    "card-llama3": {"LICENSE": LICENSE_OK, "README.md": "---\nlibrary_name: transformers\nlicense: llama3\n---\n# Tiny\n"},
    "card-unknown-license": {"LICENSE": LICENSE_OK, "README.md": "---\nlicense: acme-tiny-terms\n---\n# Tiny\n"},
    "openness-mistakes": {
        "LICENSE": LICENSE_OK,
        "README.md": CARD_OK,
        "openness.toml": (
            "format = 1\n"
            "[release]\n"
            'name = "tiny"\n'
            'licence = "MIT"\n'
            'claim = ["open-source-ai", "bogus"]\n'
            "[components.training_code]\n"
            'path = "src/train.py"\n'
        ),
    },
    # -- schemas -------------------------------------------------------------------------------
    "openness-missing-required": {"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": '[release]\nversion = "1"\n'},
    "card-wrong-types": {
        "LICENSE": LICENSE_OK,
        "README.md": "---\nlicense: apache-2.0\ntags: open-source\nbase_model_relation: copy\n---\n# Tiny\n",
    },
    "card-license-other": {"LICENSE": LICENSE_OK, "README.md": "---\nlibrary_name: transformers\nlicense: other\n---\n"},
    # -- bad input -----------------------------------------------------------------------------
    "yaml-syntax": {"LICENSE": LICENSE_OK, "README.md": "---\nlicense: apache-2.0\nlibrary_name: a: b\n---\n# Tiny\n"},
    "yaml-unclosed": {"LICENSE": LICENSE_OK, "README.md": "---\nlicense: apache-2.0\n# Tiny\n\nNo closing fence.\n"},
    "yaml-list": {"LICENSE": LICENSE_OK, "README.md": "---\n- apache-2.0\n- open-source\n---\n# Tiny\n"},
    "yaml-duplicate": {
        "LICENSE": LICENSE_OK,
        "README.md": "---\nlicense: apache-2.0\ntags: [text]\nlicense: mit\n---\n# Tiny\n",
    },
    "toml-syntax": {"LICENSE": LICENSE_OK, "README.md": CARD_OK, "openness.toml": "format = 1\n[release]\nname = tiny\n"},
    "license-binary": {"README.md": CARD_OK, "LICENSE": b"%PDF-1.7\n\x00\x01\x02binary"},
    "license-latin1": {
        "README.md": CARD_OK,
        # line 2 has two valid two-byte characters before the Latin-1 byte: column 20, not 22
        "LICENSE": b"Copyright 2024 the authors.\n" + "Überall gültig: caf".encode() + b"\xe9 terms\n",
    },
    "readme-bom": {"LICENSE": LICENSE_OK, "README.md": b"\xef\xbb\xbf" + CARD_OK.encode()},
    "openness-bom": {
        "LICENSE": LICENSE_OK,
        "README.md": CARD_OK,
        "openness.toml": b"\xef\xbb\xbf" + open_repo()["openness.toml"].encode(),
        **COMPONENT_FILES,
    },
    "huge-readme": {
        "LICENSE": LICENSE_OK,
        "README.md": "---\nlicense: acme-tiny-terms\n---\n# Tiny\n" + ("Evaluation table row, long enough to add up.\n" * 25000),
    },
    "license-symlink-outside": {"README.md": CARD_OK, "LICENSE": Link("@OUTSIDE@/secret.txt")},
    "readme-symlink-outside": {"LICENSE": LICENSE_OK, "README.md": Link("@OUTSIDE@/secret.txt")},
    "licenses-dir-symlink-outside": {"README.md": CARD_OK, "LICENSE": LICENSE_OK, "LICENSES": Link("@OUTSIDE@")},
    "component-paths": {
        "LICENSE": LICENSE_OK,
        "README.md": CARD_OK,
        "data/train.jsonl": "{}\n",
        "openness.toml": (
            "format = 1\n"
            "[release]\n"
            'name = "tiny"\n'
            "[components.training-code]\n"
            'path = "../outside/dir"\n'
            "[components.inference-code]\n"
            'path = "@OUTSIDE@/dir"\n'
            "[components.datasets]\n"
            'path = ["data/train.jsonl", "data/missing.jsonl"]\n'
            'url = "http://example.com/data"\n'
            "[components.data-card]\n"
            'url = ["https://example.com/card", "example.com/card"]\n'
        ),
    },
    "component-path-symlink-outside": {
        "LICENSE": LICENSE_OK,
        "README.md": CARD_OK,
        "weights": Link("@OUTSIDE@/dir"),
        "openness.toml": 'format = 1\n[release]\nname = "tiny"\n[components.model-parameters-final]\npath = "weights"\n',
    },
    "license-link-outside": {
        "LICENSE": LICENSE_OK,
        "README.md": "---\nlicense: other\nlicense_name: tiny-license\nlicense_link: ../outside/secret.txt\n---\n",
    },
    "empty": {},
}
