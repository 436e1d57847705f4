"""Base models whose terms changed between versions (issue 16, point 5): data/base-models.toml
tells Gemma 1-3 from Gemma 4, Qwen <= 2.5 from Qwen3, the first DeepSeek-V3 from V3-0324 and R1,
Devstral Small from Devstral 2; it recognises mirrors, quantisations and re-uploads by the family
and version in their id; and an id that names a family but not its version is a warning (OL418),
never a guess."""

from __future__ import annotations

import pytest
from helpers import located, only, repo_of
from openlint import rules
from openlint._support.resources import data_toml
from openlint.judge.derivatives import MAX_ID_CHARS, canonical_id, known_base
from openlint.licenses import spdx
from repos import LICENSE_NOTICE
from test_derivatives import CLAIM, card, declared_base, derivative

LLAMA3 = "LicenseRef-Llama-3-Community"
GEMMA_TERMS = "LicenseRef-Gemma-Terms-of-Use"

KNOWN = {
    # the publisher's own ids
    "meta-llama/Meta-Llama-3-8B-Instruct": ("Llama 3", LLAMA3),
    "google/gemma-4-31b-it": ("Gemma 4", "Apache-2.0"),
    "google/gemma-2-9b": ("Gemma 1-3", GEMMA_TERMS),
    "google/gemma-7b": ("Gemma 1-3", GEMMA_TERMS),
    "google/gemma-3-27b-it": ("Gemma 1-3", GEMMA_TERMS),
    "Qwen/Qwen-7B": ("Qwen 1 and 1.5", "LicenseRef-Tongyi-Qianwen"),
    "Qwen/Qwen1.5-14B-Chat": ("Qwen 1 and 1.5", "LicenseRef-Tongyi-Qianwen"),
    "Qwen/Qwen2-7B": ("Qwen2", "Apache-2.0"),
    "Qwen/Qwen2-72B-Instruct": ("Qwen2 72B", "LicenseRef-Qwen-License"),
    "Qwen/Qwen2.5-7B-Instruct": ("Qwen2.5", "Apache-2.0"),
    "Qwen/Qwen2.5-3B-Instruct": ("Qwen2.5 3B", "LicenseRef-Qwen-Research-License"),
    "Qwen/Qwen2.5-72B": ("Qwen2.5 72B", "LicenseRef-Qwen-License"),
    "Qwen/Qwen3-8B": ("Qwen3", "Apache-2.0"),
    "Qwen/Qwen3.5-35B-A3B": ("Qwen3", "Apache-2.0"),
    "deepseek-ai/DeepSeek-V3": ("DeepSeek V3 (original)", "LicenseRef-DeepSeek-License-1.0"),
    "deepseek-ai/DeepSeek-V3-Base": ("DeepSeek V3 (original)", "LicenseRef-DeepSeek-License-1.0"),
    "deepseek-ai/DeepSeek-V3-0324": ("DeepSeek V3-0324, R1, V3.1 and later", "MIT"),
    "deepseek-ai/DeepSeek-V3.1": ("DeepSeek V3-0324, R1, V3.1 and later", "MIT"),
    "deepseek-ai/DeepSeek-R1": ("DeepSeek V3-0324, R1, V3.1 and later", "MIT"),
    "deepseek-ai/DeepSeek-R1-Distill-Llama-8B": ("DeepSeek R1 distilled into Llama 3.1", "LicenseRef-Llama-3.1-Community"),
    "mistralai/Devstral-Small-2-24B-Instruct-2512": ("Devstral Small", "Apache-2.0"),
    "mistralai/Devstral-2-123B-Instruct-2512": ("Devstral 2", "LicenseRef-Devstral-2-Modified-MIT"),
    # 2025-26 releases (field-2026.md section 4)
    "moonshotai/Kimi-K2-Instruct": ("Kimi K2", "LicenseRef-Kimi-K2-Modified-MIT"),
    "moonshotai/Kimi-K2.5": ("Kimi K2.5", "LicenseRef-Kimi-K2.5-Modified-MIT"),
    "moonshotai/Kimi-K3": ("Kimi K3", "LicenseRef-Kimi-K3"),
    "openai/gpt-oss-20b": ("gpt-oss", "Apache-2.0"),
    "MiniMaxAI/MiniMax-M3": ("MiniMax-M3", "LicenseRef-MiniMax-Community"),
    "nvidia/NVIDIA-Nemotron-3.5-Nano-30B": ("Nemotron 3.5", "LicenseRef-OpenMDW-1.1"),
    "nvidia/NVIDIA-Nemotron-3-Super-120B": ("Nemotron 3", "LicenseRef-NVIDIA-Nemotron-Open-Model"),
    "nvidia/Llama-3.1-Nemotron-70B-Instruct": ("Llama 3.1", "LicenseRef-Llama-3.1-Community"),
    "mistralai/Voxtral-Mini-3B-2507": ("Voxtral Mini and Small", "Apache-2.0"),
    "mistralai/Voxtral-TTS": ("Voxtral TTS", "CC-BY-NC-4.0"),
    "mistralai/Mistral-Medium-3.5": ("Mistral Medium 3.5", "LicenseRef-Mistral-Medium-3.5-Modified-MIT"),
    # mirrors, quantisations, re-uploads: the family and version in the id
    "unsloth/Kimi-K2-Instruct-GGUF": ("Kimi K2", "LicenseRef-Kimi-K2-Modified-MIT"),
    "unsloth/llama-3-8b-Instruct-bnb-4bit": ("Llama 3", LLAMA3),
    "TheBloke/Llama-2-7B-GGUF": ("Llama 2", "LicenseRef-Llama-2-Community"),
    "mlx-community/Meta-Llama-3-8B-Instruct-4bit": ("Llama 3", LLAMA3),
    "unsloth/Llama-3.2-1B-Instruct-unsloth-bnb-4bit": ("Llama 3.2", "LicenseRef-Llama-3.2-Community"),
    "unsloth/gemma-4-E4B-it-GGUF": ("Gemma 4", "Apache-2.0"),
    "TheBloke/gemma-7b-it-AWQ": ("Gemma 1-3", GEMMA_TERMS),
    "Qwen/Qwen2.5-Coder-32B-Instruct-AWQ": ("Qwen2.5", "Apache-2.0"),
    "someone/Qwen2.5-72B-Instruct-GPTQ-Int4": ("Qwen2.5 72B", "LicenseRef-Qwen-License"),
    "unsloth/DeepSeek-V3-GGUF": ("DeepSeek V3 (original)", "LicenseRef-DeepSeek-License-1.0"),
    "unsloth/DeepSeek-V3-0324-GGUF": ("DeepSeek V3-0324, R1, V3.1 and later", "MIT"),
}

AMBIGUOUS = {
    "moonshotai/Kimi-Dev-72B": "Kimi",
    "nvidia/Nemotron-Mini-4B-Instruct": "Nemotron",
    "someone/gemma-merge": "Gemma",
    "google/medgemma-4b-it": "Gemma",
    "someone/qwen-chat-finetune": "Qwen",
    "Qwen/Qwen3.8-Max": "Qwen 3.6 and later",
    "deepseek-ai/deepseek-coder-6.7b-base": "DeepSeek",
    "someone/DeepSeek-V3-merge": "DeepSeek",
    "meta-llama/CodeLlama-7b-hf": "Llama",
    "someone/llama-7b": "Llama",
}


@pytest.mark.parametrize("hub_id", KNOWN)
def test_the_version_in_the_id_decides_the_license(hub_id):
    family, license_id = KNOWN[hub_id]
    known = known_base(hub_id)
    assert (known.family, known.license, known.ambiguous) == (family, license_id, None)


@pytest.mark.parametrize("hub_id", AMBIGUOUS)
def test_a_family_without_its_version_is_ambiguous(hub_id):
    known = known_base(hub_id)
    assert (known.family, known.license) == (AMBIGUOUS[hub_id], None)
    assert known.ambiguous


@pytest.mark.parametrize(
    "hub_id, canonical",
    [
        ("unsloth/llama-3-8b-Instruct-bnb-4bit", "unsloth/llama-3-8b-instruct"),  # the longest suffix goes whole
        ("someone/Qwen2.5-72B-Instruct-GPTQ-Int4", "someone/qwen2.5-72b-instruct"),
        ("x/m-GGUF-GGUF", "x/m"),
        ("x/-gguf", "x/"),
        ("-gguf", "-gguf"),  # never to nothing
        ("acme/tiny-base", "acme/tiny-base"),
    ],
)
def test_suffixes_of_re_uploads_are_removed(hub_id, canonical):
    assert canonical_id(hub_id) == canonical


def test_unknown_and_overlong_ids_are_unknown():
    assert known_base("acme/tiny-base") is None
    assert known_base("x/gemma-4-" + "a" * MAX_ID_CHARS) is None  # no Hub id is that long


def test_the_table_is_well_formed():
    table = data_toml("base-models.toml")
    assert all(s.startswith("-") and s == s.lower() for s in table["strip"]["suffixes"])
    families = [base["family"] for base in table["base"]]
    assert len(families) == len(set(families))
    for base in table["base"]:
        assert set(base) <= {"family", "match", "license", "ambiguous"}, base
        assert base["match"] and all(p == p.lower() for p in base["match"]), base
        assert ("license" in base) != ("ambiguous" in base), base  # one or the other
        if "license" in base:
            assert spdx.lookup(base["license"]) is not None, base  # a catalog or SPDX id


# -- end to end --------------------------------------------------------------------------------


@pytest.mark.parametrize("base", ["unsloth/llama-3-8b-Instruct-bnb-4bit", "meta-llama/Meta-Llama-3-8B-Instruct"])
def test_a_quantised_mirror_fails_the_claim_as_the_original_does(make_repo, check_json, base):
    report = check_json(make_repo(derivative(card(f"base_model: {base}"))))
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]
    assert f"base model {base} is under Meta Llama 3 Community License Agreement" in only(report, "OL414")["message"]
    assert report.exit == 1


def test_a_gemma_4_fine_tune_can_be_open_and_a_gemma_2_one_cannot(make_repo, check_json):
    report = check_json(make_repo(derivative(card("base_model: google/gemma-4-31b-it"))))
    assert located(report) == [LICENSE_NOTICE]
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [True]
    report = check_json(make_repo(derivative(card("base_model: unsloth/gemma-2-9b-it-bnb-4bit"))))
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]


def test_devstral_2_fails_on_its_revenue_condition(make_repo, check_json):
    report = check_json(make_repo(derivative(card("base_model: mistralai/Devstral-2-123B-Instruct-2512"))))
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]
    message = only(report, "OL414")["message"]
    assert "is under Devstral 2 License (modified MIT), whose terms bind models derived from it" in message
    assert "(the revenue condition stays with the weights in every derivative)" in message


def test_an_ambiguous_base_is_a_warning_at_the_id_and_no_guess(make_repo, check_json):
    report = check_json(make_repo(derivative(card("base_model: someone/gemma-merge"))))
    assert located(report) == [LICENSE_NOTICE, ("OL418", "README.md", 3, 13)]
    finding = only(report, "OL418")
    assert finding["severity"] == "warning"
    assert finding["message"] == (
        "base model someone/gemma-merge is a Gemma model, but its id does not say which version: "
        "Gemma 1 to 3 are under the Gemma Terms of Use and Gemma 4 under Apache-2.0"
    )
    assert finding["fix"] == rules.get("OL418").fix
    assert [v["met"] for v in repo_of(report)["verdicts"]] == [True]  # not failed on a guess either
    assert report.exit == 0


def test_a_declared_base_license_settles_an_ambiguous_id(make_repo, check_json):
    report = declared_base(make_repo, check_json, "someone/gemma-merge", "gemma")  # a Hub license id
    assert located(report) == [LICENSE_NOTICE, ("OL414", *CLAIM)]
    assert "base model someone/gemma-merge is under Gemma Terms of Use" in only(report, "OL414")["message"]
