"""Hostile inputs: every adversarial input of issue 14, each checked in a fresh process.

A pull request is untrusted input, and the hook and the Action run on it. Each case below
builds one repository (or one file for `convert`) as an attacker would, in a temporary folder,
runs `openlint` on it in a subprocess and records its exit code, the finding codes it reports,
its wall time and its peak resident memory (from os.wait4, so each child's own). A case passes
when it finishes in under 1 s and 100 MB and exits with 0, 1 or 2 without a traceback.

    python benchmarks/adversarial.py                  # every case
    python benchmarks/adversarial.py --only alias     # the cases whose name holds "alias"
    python benchmarks/adversarial.py --timeout 120    # kill a case after 120 s (default 60)

Run it with the interpreter of the environment to measure (`openlint` is run as
`python -m openlint`); the cache is a fresh folder per case, so nothing is answered from it.
Big files are sparse (truncate), so the 1 GB case needs no disk space. The FIFO and device
cases need a system that allows them (a character device needs root; otherwise the case is
skipped). It prints a Markdown table and exits 1 when a case fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIME_LIMIT = 1.0  # seconds, wall
MEMORY_LIMIT = 100 * 1024 * 1024  # bytes, peak RSS
GUARD_MEMORY = 6 << 30  # a child that grows past this is stopped (RLIMIT_AS), so the machine survives

LICENSE = "SPDX-License-Identifier: Apache-2.0\n"
CARD = "---\nlicense: apache-2.0\n---\n# Tiny\n\nA model written for this benchmark.\n"
TOML = 'format = 1\n[release]\nname = "tiny"\n'


def card(front: str, body: str = "# Tiny\n") -> str:
    return f"---\n{front}---\n{body}"


# -- the inputs -------------------------------------------------------------------------------


def alias_bomb() -> str:
    """Billion laughs in 511 bytes: nine levels, each a list of nine aliases of the level below."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    text = "\n".join(lines) + "\n"
    assert len(text) <= 520, len(text)
    return text


def merge_bomb() -> str:
    """Merge keys that multiply: each level merges the level below and holds it under nine keys."""
    lines = ["l0: &l0 {k0: lol, k1: lol, k2: lol, k3: lol, k4: lol, k5: lol, k6: lol, k7: lol, k8: lol}"]
    for n in range(1, 10):
        keys = ", ".join(f"m{i}: {{<<: *l{n - 1}}}" for i in range(9))
        lines.append(f"l{n}: &l{n} {{<<: *l{n - 1}, {keys}}}")
    return "\n".join(lines) + "\n"


def string_behind_aliases() -> str:
    """One 400 KB anchored string and a list of 100,000 aliases of it (40 GB once expanded)."""
    return "s: &s " + "x" * 400_000 + "\nl: [" + ",".join(["*s"] * 100_000) + "]\n"


def deep_flow(depth: int) -> str:
    return "nested: " + "[" * depth + "]" * depth + "\n"


def deep_block(depth: int) -> str:
    """Block sequences nested `depth` deep on one line: `- - - - x`."""
    return "nested:\n" + "- " * depth + "x\n"


def unclosed_opt_outs(size: int = 135_000) -> str:
    unit = "<!-- openlint: ignore OL401 because\n"
    return CARD + unit * (size // len(unit))


def one_paragraph(lines: int = 100_000) -> str:
    words = ["Acme is open-source", "and open weights", "fully open", "the code is open source", "released openly"]
    return CARD + "\n" + "\n".join(words[i % len(words)] for i in range(lines)) + "\n"


def one_line(size: int = 1_000_000) -> str:
    unit = "Acme is an open-source model, open weights and open source code "
    return CARD + "\n" + (unit * (size // len(unit) + 1))[:size] + "\n"


def backtick_runs(size: int = 1_000_000) -> str:
    unit = "`a``b```c````d`````e" + "open-source "
    return CARD + "\n" + (unit * (size // len(unit) + 1))[:size] + "\n"


def deep_toml(depth: int = 1000) -> str:
    return TOML + "z = " + "[" * depth + "]" * depth + "\n"


def deep_toml_tables(depth: int = 100_000) -> str:
    """Dotted keys nest tables without any bracket."""
    return TOML + ".".join(["a"] * depth) + " = 1\n"


def license_words(size: int, seed: int = 0, beyond_ascii: bool = False) -> str:
    """`size` characters of license-like words, 12 to a line; one word beyond ASCII sends the
    whole text through licenseclassifier's own (slower) word splitter."""
    words = ["permission", "granted", "software", "copyright", "notice", "license", "warranty", "liability", "distribute", "modify", "holders"]
    lines = [f"Bundled notice {seed}" + (" é" if beyond_ascii else "")]
    total = len(lines[0])
    i = seed
    while total < size:
        line = " ".join(words[(i * 7 + k * 3) % len(words)] for k in range(12))
        lines.append(line)
        total += len(line) + 1
        i += 1
    return "\n".join(lines)[:size] + "\n"


def many_license_texts(folder: Path) -> list[str]:
    """32 license files (the most one check reads) of 1 MB each, each a text of its own."""
    root = folder / "repo"
    write(root, {"README.md": CARD, **{f"LICENSE-{i:02d}": license_words(1_000_000, seed=i) for i in range(32)}})
    return ["check", "--output-format", "json", str(root)]


def long_expression(ids: int = 2000) -> str:
    return TOML + '[release.license]\ndistribution = "' + " OR ".join(f"Foo-{i}" for i in range(ids)) + '"\n'


def claims_on_one_long_line(claims: int = 200) -> str:
    filler = "word " * 100
    return CARD.replace("---\n#", "model_name: Acme\n---\n#", 1) + "# " + " ".join("Acme is an open-source model. " + filler for _ in range(claims)) + "\n"


def opened_odd_names(mentions: int = 200) -> str:
    """Mentions each followed by a long run of underscores and letters: what a name and its
    parts are read from, where a pattern with overlapping repeats would backtrack for minutes."""
    names = ["a" + "_a" * 40 + "!", "a" + "_" * 80, "x" + "-_" * 40, "**" + "_" * 60 + "**."]
    return CARD + "\n".join(f"- We open-source {names[i % len(names)]} and 开源 {names[i % len(names)]}" for i in range(mentions)) + "\n"


def mentions_after_runs(mentions: int = 200) -> str:
    """Mentions each after a long run of word characters: the window a relative clause is looked
    for in ("X, which is open source") holds nothing but them."""
    runs = ["a " + "_" * 300, "A" * 398, "a-" * 150]
    return CARD + "\n\n".join(f"{runs[i % len(runs)]} open-source model" for i in range(mentions)) + "\n"


def rst_markup(size: int = 1_000_000) -> str:
    """A README.rst of every construct its reading rewrites, over and over: titles, literal
    blocks, directives, comments, links, roles and substitutions, to about `size` characters."""
    block = (
        "Acme\n====\n\nAcme is open source, see `the paper <https://arxiv.org/abs/1>`_ and `vLLM`_::\n\n"
        "    code\n\n.. note:: Acme is open.\n   :class: x\n\n.. code-block:: python\n\n   x = 1\n\n"
        ".. a comment\n   more\n\n.. _vLLM: https://github.com/x/y\n\n:ref:`Open <o>` |b| word_ ``lit``\n\n>>> 1\n1\n\n"
    )
    return block * (size // len(block))


def mot_file(extra: str) -> str:
    return (
        "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\n"
        "release:\n  name: tiny\n  version: ''\n  license: {}\n  components: []\n" + extra
    )


def sparse(path: Path, size: int) -> None:
    with open(path, "wb") as handle:
        handle.truncate(size)


def write(root: Path, files: dict) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


# Each case: (name, what it is, build(folder) -> the arguments after `openlint`)


def chinese_names_before_numbers(count: int = 50_000) -> str:
    """A README of a release with a pinyin name ("ZhiLu") and a page of distinct Chinese runs,
    each where a name stands (before a number): every one could be its Chinese name."""
    rng = random.Random(7)
    runs = "".join("".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(4)) + f"-{i % 90 + 1}B " for i in range(count))
    return "# ZhiLu\n\n" + runs + "\n\nZhiLu 是开源模型。\n"


def repo_case(files: dict, *options: str):
    def build(folder: Path) -> list[str]:
        write(folder / "repo", files)
        return ["check", "--output-format", "json", *options, str(folder / "repo")]

    return build


def readme_case(front: str):
    return repo_case({"LICENSE": LICENSE, "README.md": card(front)})


def big_files(folder: Path) -> list[str]:
    root = folder / "repo"
    write(root, {"LICENSE": LICENSE})
    sparse(root / "README.md", 1 << 30)
    sparse(root / "LICENSE-MODEL", 200 << 20)
    sparse(root / "openness.toml", 200 << 20)
    return ["check", "--output-format", "json", str(root)]


def fifo(folder: Path) -> list[str]:
    root = folder / "repo"
    write(root, {"LICENSE": LICENSE})
    os.mkfifo(root / "README.md")  # nobody ever writes to it: a blocking open would hang
    os.mkfifo(root / "openness.toml")
    os.mkfifo(root / "LICENSE-DATA")
    return ["check", "--output-format", "json", str(root)]


def device(folder: Path) -> list[str] | None:
    root = folder / "repo"
    write(root, {"LICENSE": LICENSE, "README.md": CARD})
    try:
        os.mknod(root / "LICENSE-MODEL", 0o666 | 0o020000, os.makedev(1, 5))  # a /dev/zero of its own
        os.mknod(root / "openness.toml", 0o666 | 0o020000, os.makedev(1, 5))
    except (PermissionError, AttributeError):
        return None
    os.symlink("/dev/zero", root / "COPYING")  # and a link out of the repository to the real one
    return ["check", "--output-format", "json", str(root)]


def many_files(folder: Path) -> list[str]:
    root = folder / "repo"
    write(root, {"LICENSE": LICENSE, "README.md": CARD})
    for i in range(100_000):
        (root / f"f{i:06d}.txt").touch()
    return ["check", "--output-format", "json", str(root)]


def many_licenses(folder: Path) -> list[str]:
    root = folder / "repo"
    write(root, {"README.md": CARD})
    text = "MIT License\n\nCopyright (c) 2026 Bench {i}\n\nPermission is hereby granted, free of charge.\n"
    for i in range(10_000):
        (root / f"LICENSE-{i:05d}").write_text(text.format(i=i), encoding="utf-8")
    return ["check", "--output-format", "json", str(root)]


def many_prose(folder: Path) -> list[str]:
    root = folder / "repo"
    write(root, {"LICENSE": LICENSE, "README.md": CARD})
    for i in range(10_000):
        (root / f"README_{i:05d}.md").write_text(f"# Part {i}\n\nAcme is open-source.\n", encoding="utf-8")
    return ["check", "--output-format", "json", str(root)]


def huge_pyproject(folder: Path) -> list[str]:
    root = folder / "repo"
    write(root, {"LICENSE": LICENSE, "README.md": CARD})
    with open(root / "pyproject.toml", "w", encoding="utf-8") as handle:
        handle.write('[tool.openlint]\nselect = ["OL"]\n[project]\ndescription = """')
        handle.write("x" * (300 << 20))
        handle.write('"""\n')
    return ["check", "--output-format", "json", str(root)]


def deep_config(folder: Path) -> list[str]:
    (folder / "config.toml").write_text("select = " + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")
    write(folder / "repo", {"LICENSE": LICENSE, "README.md": CARD})
    return ["check", "--output-format", "json", "--config", str(folder / "config.toml"), str(folder / "repo")]


def convert_case(name: str, text: str, *options: str):
    def build(folder: Path) -> list[str]:
        (folder / name).write_text(text, encoding="utf-8")
        return ["convert", *options, str(folder / name)]

    return build


def model_index(size: int) -> str:
    """A block-style model-index of about `size` characters, as embedding models' cards carry."""
    rows = ["model-index:", "- name: tiny", "  results:"]
    n, total = 0, 0
    while total < size:
        rows += ["  - task: {type: text-generation}", f"    dataset: {{name: set{n}, type: set{n}}}", "    metrics:", f"    - {{type: acc, value: {n}.5}}"]
        total += 100
        n += 1
    return "\n".join(rows) + "\n"


def long_license(size: int = 1_040_000) -> str:
    """MIT-like words repeated to just under the 1 MiB input cap: identification on a cold cache."""
    words = "Permission is hereby granted free of charge to any person obtaining a copy of this software "
    return (words * (size // len(words) + 1))[:size]


def init_case(files: dict):
    def build(folder: Path) -> list[str]:
        root = folder / "repo"
        write(root, files)
        return ["init", "--dry-run", str(root)]

    return build


def utf16(folder: Path) -> list[str]:
    root = folder / "repo"
    write(root, {"LICENSE": "\ufeffMIT License\n".encode("utf-16-le"), "README.md": ("\ufeff" + CARD).encode("utf-16-be")})
    return ["check", "--output-format", "json", str(root)]


CASES = [
    ("alias bomb (511 B front matter)", readme_case(alias_bomb())),
    ("merge-key bomb", readme_case(merge_bomb())),
    ("400 KB string behind 100k aliases", readme_case(string_behind_aliases())),
    ("recursive alias", readme_case("a: &a [*a, *a]\n")),
    ("flow lists 2,500 deep", readme_case(deep_flow(2_500))),
    ("flow lists 10,000 deep", readme_case(deep_flow(10_000))),
    ("flow lists 300,000 deep (one line)", readme_case(deep_flow(300_000))),
    ("block lists 50,000 deep", readme_case(deep_block(50_000))),
    ("135 KB of unclosed opt-outs", repo_case({"LICENSE": LICENSE, "README.md": unclosed_opt_outs()})),
    ("100k lines in one paragraph", repo_case({"LICENSE": LICENSE, "README.md": one_paragraph()})),
    ("1 MB line of claims", repo_case({"LICENSE": LICENSE, "README.md": one_line()})),
    ("1 MB line of backtick runs", repo_case({"LICENSE": LICENSE, "README.md": backtick_runs()})),
    ("unclosed opt-out, then 1 MB of spaces", repo_case({"LICENSE": LICENSE, "README.md": CARD + "<!-- openlint: ignore OL4 why" + " " * 1_000_000})),
    ("250k `<h1>` tags and a claim", repo_case({"LICENSE": LICENSE, "README.md": CARD + "<h1>" * 250_000 + " open-source\n"})),
    ("'our model' then 1 MB of spaces", repo_case({"LICENSE": LICENSE, "README.md": "Our model" + " " * 1_000_000 + "X, open source.\n"})),
    ("an item opening with a claim, then 1 MB of spaces", repo_case({"LICENSE": LICENSE, "README.md": CARD + "- 开源" + " " * 1_000_000 + "x\n"})),
    ("1 MB of one-character lines and a claim", repo_case({"LICENSE": LICENSE, "README.md": CARD + "a\n" * 500_000 + "open-source\n"})),
    ("a 20,000-character heading of ` #` runs, and a claim", repo_case({"LICENSE": LICENSE, "README.md": "# A" + " #" * 10_000 + "x\n\nA is open source.\n"})),
    ("1 MiB of dense flow front matter", readme_case("x: [" + ",".join(["a"] * 500_000) + "]\n")),
    ("model-index front matter of 900 KB", readme_case(model_index(900_000))),
    ("a 1 MiB license text", repo_case({"LICENSE": long_license(), "README.md": CARD})),
    ("init on a README of 1 MB of links", init_case({"README.md": CARD + "[Training Code](https://github.com/acme/train)\n" * 21_000})),
    ("openness.toml arrays 1,000 deep", repo_case({"LICENSE": LICENSE, "README.md": CARD, "openness.toml": deep_toml()})),
    ("openness.toml dotted key 100k deep", repo_case({"LICENSE": LICENSE, "README.md": CARD, "openness.toml": deep_toml_tables()})),
    ("pyproject arrays 1,000 deep", repo_case({"LICENSE": LICENSE, "README.md": CARD, "pyproject.toml": "[tool.openlint]\n" + deep_toml()[len(TOML):]})),
    ("--config arrays 1,000 deep", deep_config),
    ("pyproject.toml 300 MB", huge_pyproject),
    ("1 GB README, 200 MB LICENSE and openness.toml", big_files),
    ("FIFOs named README.md, openness.toml, LICENSE-DATA", fifo),
    ("devices named LICENSE-MODEL, openness.toml; COPYING -> /dev/zero", device),
    ("100k files in the root", many_files),
    ("10k license files", many_licenses),
    ("10k prose files", many_prose),
    ("UTF-16 README and LICENSE with BOM", utf16),
    ("1 MB LICENSE of license words", repo_case({"LICENSE": license_words(1_000_000), "README.md": CARD})),
    ("1 MB LICENSE of words, one beyond ASCII", repo_case({"LICENSE": license_words(1_000_000, beyond_ascii=True), "README.md": CARD})),
    ("1 MB LICENSE of one-character lines", repo_case({"LICENSE": "a\n" * 500_000, "README.md": CARD})),
    ("1 MB LICENSE of one run of digits", repo_case({"LICENSE": "-" + "1" * 1_000_000, "README.md": CARD})),
    ("1 MB README of one line of `##[`", repo_case({"LICENSE": LICENSE, "README.md": "---\n---\n" + "##[" * 350_000})),
    ("32 license files of 1 MB each", many_license_texts),
    ("license expression of 2,000 ids", repo_case({"LICENSE": LICENSE, "README.md": CARD, "openness.toml": long_expression()})),
    ("full format: 200 claims on a 105 KB line", repo_case({"LICENSE": LICENSE, "README.md": claims_on_one_long_line()}, "--output-format", "full")),
    ("200 mentions opening names of underscores", repo_case({"LICENSE": LICENSE, "README.md": opened_odd_names()})),
    ("200 mentions after runs of word characters", repo_case({"LICENSE": LICENSE, "README.md": mentions_after_runs()})),
    ("50k Chinese runs where a name stands, for a pinyin name", repo_case({"LICENSE": LICENSE, "README.md": chinese_names_before_numbers()})),
    ("1 MB README.rst of every markup it rewrites", repo_case({"LICENSE": LICENSE, "README.md": CARD, "README.rst": rst_markup()})),
    ("1 MB README.rst of one line of backticks and colons", repo_case({"LICENSE": LICENSE, "README.rst": "`a <:" * 200_000})),
    ("convert: MOT alias bomb", convert_case("bomb.yml", mot_file(alias_bomb()), "--from", "mot")),
    ("convert: MOT merge-key bomb", convert_case("merge.yml", mot_file(merge_bomb()), "--from", "mot")),
    ("convert: MOT flow lists 10,000 deep", convert_case("deep.yml", mot_file(deep_flow(10_000)), "--from", "mot")),
    ("convert: openness.toml arrays 1,000 deep", convert_case("openness.toml", deep_toml(), "--to", "mot")),
]


# -- running ----------------------------------------------------------------------------------


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GUARD_MEMORY, GUARD_MEMORY))


def run(argv: list[str], cache: Path, timeout: float) -> dict:
    env = dict(os.environ, OPENLINT_CACHE_DIR=str(cache), PYTHONDONTWRITEBYTECODE="1")
    env.pop("OPENLINT_NO_CACHE", None)
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "openlint", *argv], stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env, preexec_fn=limit_memory
    )
    killed = False
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            killed = True
            pid, status, usage = os.wait4(child.pid, 0)
            break
        time.sleep(0.005)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    err.seek(0)
    stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    return {
        "code": "killed" if killed else child.returncode,
        "wall": wall,
        "rss": usage.ru_maxrss * 1024,  # kilobytes on Linux
        "codes": finding_codes(stdout),
        "stderr": stderr,
        "traceback": "Traceback" in stderr or "internal error" in stderr.lower(),
    }


def finding_codes(stdout: str) -> str:
    try:
        report = json.loads(stdout)
    except ValueError:
        return ""
    seen: dict[str, int] = {}
    for repo in report.get("repositories", []):
        for finding in repo.get("findings", []):
            seen[finding["code"]] = seen.get(finding["code"], 0) + 1
    return " ".join(f"{code}×{n}" if n > 1 else code for code, n in sorted(seen.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="run the cases whose name holds this text")
    parser.add_argument("--timeout", type=float, default=60.0, help="kill a case after this many seconds (default 60)")
    args = parser.parse_args(argv)
    rows = []
    failed = 0
    template = Path(tempfile.mkdtemp(prefix="openlint-adversarial-cache-"))
    try:
        # what any installation has after its first run: openlint's own data parsed (a copy per case)
        warm = template / "warm"
        write(warm, {"LICENSE": LICENSE, "README.md": CARD, "openness.toml": TOML})
        run(["check", str(warm)], template / "cache", args.timeout)
        for name, build in CASES:
            if args.only.lower() not in name.lower():
                continue
            folder = Path(tempfile.mkdtemp(prefix="openlint-adversarial-"))
            try:
                command = build(folder)
                if command is None:
                    rows.append(f"| {name} | skipped (not permitted here) | | | | |")
                    continue
                shutil.copytree(template / "cache", folder / "cache")
                result = run(command, folder / "cache", args.timeout)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            failed += not row(rows, name, result)
    finally:
        shutil.rmtree(template, ignore_errors=True)
    print(f"| input | exit | findings (or the last line on stderr) | wall | peak RSS | < {TIME_LIMIT:g} s, < {MEMORY_LIMIT >> 20} MB |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    return 1 if failed else 0


def row(rows: list[str], name: str, result: dict) -> bool:
    """Add the table row of a case; whether it passed."""
    ok = result["code"] in (0, 1, 2) and not result["traceback"] and result["wall"] < TIME_LIMIT and result["rss"] < MEMORY_LIMIT
    codes = result["codes"] or (result["stderr"].strip().splitlines() or [""])[-1][:90].replace("|", "\\|")
    rows.append(f"| {name} | {result['code']} | {codes} | {result['wall']:.2f} s | {result['rss'] / 1e6:.0f} MB | {'pass' if ok else 'FAIL'} |")
    print(rows[-1], file=sys.stderr, flush=True)
    return ok


if __name__ == "__main__":
    sys.exit(main())
