"""Badges for a repository's verdict: an SVG drawn here (no network, no dependency) and a
shields.io endpoint JSON (https://shields.io/badges/endpoint-badge).

The badge shows one verdict: the one for `--definition NAME` when asked, else the first
claimed one, else "openness | no claim". Green is met, red not met, blue a MOF class or a G7
label reached, grey no claim. Labels come from each definition's `[badge]` table.
"""

from __future__ import annotations

import json
import unicodedata
from html import escape

from openlint._support.records import record
from openlint.model import RepoReport, Verdict

# endpoint (shields.io named color) -> SVG fill, as shields.io draws them
COLORS = {"brightgreen": "#4c1", "red": "#e05d44", "blue": "#007ec6", "lightgrey": "#9f9f9f"}
LABEL_FILL = "#555"
ROMAN = {1: "I", 2: "II", 3: "III"}

# Advance widths of Verdana at 11px (the font shields.io measures with), in pixels: an
# approximation good to about a pixel per word. Other characters count as WIDE when East Asian
# wide, else DEFAULT.
WIDTHS = {
    " ": 3.9, "!": 4.3, '"': 5.0, "#": 9.0, "$": 7.0, "%": 11.8, "&": 8.0, "'": 3.0, "(": 5.0, ")": 5.0,
    "*": 7.0, "+": 9.0, ",": 4.0, "-": 4.7, ".": 4.0, "/": 5.0, ":": 5.0, ";": 5.0, "<": 9.0, "=": 9.0,
    ">": 9.0, "?": 6.0, "@": 11.0, "[": 5.0, "\\": 5.0, "]": 5.0, "^": 9.0, "_": 7.0, "`": 7.0, "{": 7.0,
    "|": 5.0, "}": 7.0, "~": 9.0,
    **dict.fromkeys("0123456789", 7.0),
    "a": 6.6, "b": 6.9, "c": 5.7, "d": 6.9, "e": 6.6, "f": 3.9, "g": 6.9, "h": 7.0, "i": 3.0, "j": 3.8,
    "k": 6.5, "l": 3.0, "m": 10.7, "n": 7.0, "o": 6.7, "p": 6.9, "q": 6.9, "r": 4.7, "s": 5.7, "t": 4.3,
    "u": 7.0, "v": 6.5, "w": 9.0, "x": 6.5, "y": 6.5, "z": 5.8,
    "A": 7.5, "B": 7.5, "C": 7.7, "D": 8.5, "E": 7.0, "F": 6.3, "G": 8.5, "H": 8.3, "I": 4.6, "J": 5.0,
    "K": 7.6, "L": 6.1, "M": 9.3, "N": 8.2, "O": 8.7, "P": 6.6, "Q": 8.7, "R": 7.6, "S": 7.5, "T": 6.8,
    "U": 8.1, "V": 7.5, "W": 10.9, "X": 7.5, "Y": 6.8, "Z": 7.5,
}
DEFAULT, WIDE = 7.0, 11.0
PADDING = 10  # 5px either side of each text, as shields.io


@record(frozen=True)
class Badge:
    label: str
    message: str
    color: str  # a key of COLORS

    def endpoint(self) -> dict:
        return {"schemaVersion": 1, "label": self.label, "message": self.message, "color": self.color}


def text_width(text: str) -> float:
    total = 0.0
    for char in text:
        if char in WIDTHS:
            total += WIDTHS[char]
        elif unicodedata.combining(char):
            continue
        else:
            total += WIDE if unicodedata.east_asian_width(char) in ("W", "F") else DEFAULT
    return total


def choose(report: RepoReport, definition: str | None = None) -> Verdict | None:
    """The verdict the badge shows: the requested definition's, else the first claimed one."""
    if definition:
        return next((v for v in report.verdicts if v.definition == definition), None)
    return next((v for v in report.verdicts if v.claim), None)


def badge_for(verdict: Verdict | None) -> Badge:
    if verdict is None:
        return Badge("openness", "no claim", "lightgrey")
    from openlint.judge import definitions

    known = verdict.definition in definitions.available()
    shown = definitions.load(verdict.definition).get("badge", {}) if known else {}
    label = shown.get("label", verdict.title)
    if verdict.met is None:
        return Badge(label, "not evaluated", "lightgrey")
    if verdict.mof_class is not None:  # a definition with levels: show the class or label reached
        reached = _level_name(verdict.mof_class, verdict.class_label, shown) if verdict.mof_class else "unclassified"
        if verdict.claim and not verdict.met:
            wanted = definitions.load(verdict.definition).get("claims", {}).get(verdict.claim) if known else None
            labels = definitions.load(verdict.definition).get("class_labels", {}) if known else {}
            named = _level_name(wanted, labels.get(str(wanted)), shown) if wanted else verdict.claim
            return Badge(label, f"{named} not met", "red")
        return Badge(label, reached, "blue" if verdict.mof_class else "lightgrey")
    if verdict.met:
        return Badge(label, shown.get("met") or "met", "brightgreen")
    return Badge(label, "not met", "red")


def _level_name(level: int, class_label: str | None, shown: dict) -> str:
    """"Class III" for the MOF (`classes = "roman"`), the label itself otherwise ("Open Weights AI")."""
    if shown.get("classes") == "roman" or not class_label:
        return f"Class {ROMAN.get(level, level)}"
    return class_label


def _printable(text: str) -> str:
    """XML 1.0 has no escape for control characters: they become spaces."""
    return "".join(" " if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 else c for c in text)


def render_svg(badge: Badge) -> str:
    """A flat badge: a grey label box and a colored message box, clipped to rounded corners."""
    badge = Badge(_printable(badge.label), _printable(badge.message), badge.color)
    label_text, message_text = text_width(badge.label), text_width(badge.message)
    label_w = round(label_text) + PADDING
    message_w = round(message_text) + PADDING
    width = label_w + message_w
    fill = COLORS.get(badge.color, COLORS["lightgrey"])
    title = escape(f"{badge.label}: {badge.message}")

    def text(x: float, content: str, length: float) -> list[str]:
        x_attr, length_attr = f"{x:g}", f"{round(length)}"
        body = escape(content, quote=False)
        return [
            f'    <text x="{x_attr}" y="15" fill="#010101" fill-opacity=".3" textLength="{length_attr}">{body}</text>',
            f'    <text x="{x_attr}" y="14" textLength="{length_attr}">{body}</text>',
        ]

    lines = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" aria-label="{title}">',
        f"  <title>{title}</title>",
        '  <linearGradient id="s" x2="0" y2="100%">',
        '    <stop offset="0" stop-color="#bbb" stop-opacity=".1"/>',
        '    <stop offset="1" stop-opacity=".1"/>',
        "  </linearGradient>",
        '  <clipPath id="r">',
        f'    <rect width="{width}" height="20" rx="3" fill="#fff"/>',
        "  </clipPath>",
        '  <g clip-path="url(#r)">',
        f'    <rect width="{label_w}" height="20" fill="{LABEL_FILL}"/>',
        f'    <rect x="{label_w}" width="{message_w}" height="20" fill="{fill}"/>',
        f'    <rect width="{width}" height="20" fill="url(#s)"/>',
        "  </g>",
        '  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" '
        'text-rendering="geometricPrecision" font-size="11">',
        *text(label_w / 2, badge.label, label_text),
        *text(label_w + message_w / 2, badge.message, message_text),
        "  </g>",
        "</svg>",
    ]
    return "\n".join(lines) + "\n"


def render_endpoint(badge: Badge) -> str:
    return json.dumps(badge.endpoint(), ensure_ascii=False, indent=2) + "\n"


def render(badge: Badge, fmt: str = "svg") -> str:
    return render_svg(badge) if fmt == "svg" else render_endpoint(badge)


def badge_of_repository(path: str, definition: str | None = None) -> Badge:
    """Check the repository at `path` and make the badge of its verdict."""
    from openlint.pipeline import Options, check_repository

    report = check_repository(path, Options(definitions=[definition] if definition else []))
    return badge_for(choose(report, definition))
