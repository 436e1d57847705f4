# SPDX-License-Identifier: Apache-2.0
"""Document filters applied before de-duplication (see DATA_CARD.md, "Filtering")."""

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")
BLOCKED_DOMAINS = frozenset({"example-spam.test", "content-farm.test"})


def long_enough(text: str, min_words: int = 50) -> bool:
    return len(text.split()) >= min_words


def not_repetitive(text: str, max_dup_line_share: float = 0.3) -> bool:
    lines = [l for l in text.splitlines() if l.strip()]
    return not lines or 1 - len(set(lines)) / len(lines) <= max_dup_line_share


def scrub_personal_data(text: str) -> str:
    return PHONE.sub("<PHONE>", EMAIL.sub("<EMAIL>", text))


def keep(doc: dict) -> bool:
    return doc.get("domain") not in BLOCKED_DOMAINS and long_enough(doc["text"]) and not_repetitive(doc["text"])
