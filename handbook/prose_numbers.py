"""Numbers the prose quotes from a snippet's output, checked against that output.

The prose of a page quotes numbers that its snippets print ("the test MSE
falls to 0.086 around round 20"). Wrapped in a marker, such a number is tied
to the snippet that printed it:

    The test MSE falls to [[0.086]] around round 20.

- ``[[0.086]]`` belongs to the nearest ``[[run: ...]]`` line above it on the
  same page; ``[[0.086 @ boosting_from_residuals]]`` names the snippet (its
  path as the ``run:`` line gives it, or its file name, with or without
  ``.py``), which may stand anywhere on the page. A snippet that another
  page runs is named by its full path: ``[[0.37 @ statistics-and-math/gmm_em.py]]``.
- The site shows the number alone: ``0.086`` (``strip_markers``).
- The build fails (``check_page``), naming the page line, the number and the
  snippet, when the snippet's output no longer contains the number.

The matching rule (``number_tokens``, ``find_in_output``): the number as
written must be a whole number of the output, not part of a longer one, so
``0.086`` matches ``MSE 0.086`` and ``[0.086 0.1]`` but not ``0.0861``,
``10.086`` or ``0.0860``. There is no rounding and no tolerance: where the
prose rounds, the snippet prints the rounded number. Further:

- Signs count: ``0.5`` does not match ``-0.5``. A typographic minus
  (``−0.5``) is the same as a hyphen-minus, and ``+0.5`` the same as ``0.5``.
  A hyphen after a letter, digit, bracket or slash is not a sign
  (``1e-3``, ``2024-01``, ``x-1``, ``+/-0.10``).
- Thousands separators are ignored on both sides: ``12,345`` (or with a
  narrow space or ``_``) matches ``12345`` and ``12,345``.
- A percentage: ``[[11 %]]`` matches ``11%`` or ``11 %`` in the output and
  not a bare ``11``, nor ``0.11``. The space is the prose's choice.
- Exponents: ``1e-05`` matches ``1e-05`` and ``1E-05``, not ``1e-5``.
- A number inside a word is not a number: ``L2``, ``layer_3``, ``v1.2.3``.

Numbers that are not quoted from an output (a formula's constant, a year)
are not marked, and nothing checks them. Markers inside code (fences and
inline code spans) are examples, not markers.

No MkDocs imports: the hooks call these functions, and so do the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Iterable, Mapping

from .markdown_scan import prose_lines
from .snippet_runner import Directive, find_directives

_SEPARATOR = "[,_\u202f\u2009\u00a0]"  # comma, underscore, narrow / thin / no-break space
_INTEGER = rf"\d{{1,3}}(?:{_SEPARATOR}\d{{3}})+(?!\d)|\d+"
_SIGN = "(?P<sign>[-+\u2212])"
_UNSIGNED = (
    rf"(?P<integer>{_INTEGER})(?P<fraction>\.\d+)?(?P<exponent>[eE][-+]?\d+)?"
    r"(?!\d|\.\d)"
)
_PERCENT = r"(?P<percent>[ \u00a0\u202f]?%)?"

# A number in an output: not inside a word or a longer number; a sign only
# where it cannot be a hyphen or a plus between operands (not after a letter,
# digit, dot or closing bracket: "x-1" holds the number 1, not -1) nor the
# end of "+/-" ("0.69 +/-0.10" holds 0.10).
_TOKEN = re.compile(rf"(?:(?<![\w.)\]/]){_SIGN})?(?<![\w.]){_UNSIGNED}{_PERCENT}")

# A marker in the prose: [[number]] or [[number @ snippet]].
MARKER = re.compile(
    rf"\[\[[ \t]*(?P<quote>{_SIGN}?{_UNSIGNED}{_PERCENT})[ \t]*(?:@[ \t]*(?P<snippet>[^\]\s]+)[ \t]*)?\]\]"
)
# Anything a writer may have meant as a marker: [[ then a number.
_LOOKS_LIKE_MARKER = re.compile(r"\[\[[ \t]*[-+\u2212]?\.?\d[^\]]*\]\]")
_CODE_SPAN = re.compile(r"(?<!`)(?P<ticks>`+)(?!`).+?(?<!`)(?P=ticks)(?!`)")

SYNTAX = "[[0.086]] (nearest snippet above) or [[0.086 @ snippet_name]]"


@dataclass(frozen=True)
class Number:
    """A number as a value to compare: sign, digits, fraction, exponent, and
    whether a percent sign follows it."""

    sign: str  # "-" or ""
    integer: str  # digits only, separators removed
    fraction: str  # ".086" or ""
    exponent: str  # "e-05" or ""
    percent: bool

    @classmethod
    def from_match(cls, match: re.Match) -> "Number":
        return cls(
            sign="-" if match["sign"] in ("-", "\u2212") else "",
            integer=re.sub(_SEPARATOR, "", match["integer"]),
            fraction=match["fraction"] or "",
            exponent=(match["exponent"] or "").lower(),
            percent=bool(match["percent"]),
        )

    @property
    def value(self) -> float:
        return float(f"{self.sign}{self.integer}{self.fraction}{self.exponent}")

    def same_number(self, other: "Number") -> bool:
        return (self.sign, self.integer, self.fraction, self.exponent) == (
            other.sign,
            other.integer,
            other.fraction,
            other.exponent,
        )

    def matches(self, other: "Number") -> bool:
        """Whether an output token is this quoted number (a quoted percentage
        needs a percent sign in the output too)."""
        return self.same_number(other) and (other.percent or not self.percent)


@dataclass(frozen=True)
class Token:
    """One number of an output, with the output line it stands on."""

    number: Number
    text: str
    line: int  # 1-based line of the output
    line_text: str


def number_tokens(output: str) -> list[Token]:
    """Every number of an output, in order."""
    tokens = []
    for number, line in enumerate(output.splitlines(), start=1):
        for match in _TOKEN.finditer(line):
            tokens.append(Token(Number.from_match(match), match.group(0), number, line.strip()))
    return tokens


def parse_number(text: str) -> Number:
    """The number a marker quotes, e.g. ``"0.086"``, ``"−1,250"``, ``"11 %"``."""
    match = _TOKEN.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a number: {text!r}")
    return Number.from_match(match)


def find_in_output(quoted: str, output: str) -> list[Token]:
    """The tokens of ``output`` that are the quoted number (empty: it is not there)."""
    wanted = parse_number(quoted)
    return [token for token in number_tokens(output) if wanted.matches(token.number)]


@dataclass(frozen=True)
class Quote:
    """One marker of a page."""

    line: int  # line of the file
    text: str  # the number as the page shows it, e.g. "0.086" or "11 %"
    snippet: str | None  # the snippet it names, or None for the nearest one above


def _masked_code(line: str) -> str:
    """The line with inline code spans blanked out (same length)."""
    return _CODE_SPAN.sub(lambda match: " " * len(match.group(0)), line)


def find_quotes(markdown: str, line_offset: int = 0) -> tuple[list[Quote], list[tuple[int, str]]]:
    """The markers of a page outside code, and ``(line, text)`` of every
    ``[[...]]`` that starts with a number but is not a valid marker."""
    quotes, malformed = [], []
    for number, line in prose_lines(markdown):
        if "[[" not in line:
            continue
        prose = _masked_code(line)
        for match in MARKER.finditer(prose):
            quotes.append(Quote(number + line_offset, match["quote"], match["snippet"]))
        for match in _LOOKS_LIKE_MARKER.finditer(prose):
            if not MARKER.fullmatch(match.group(0)):
                malformed.append((number + line_offset, match.group(0)))
    return quotes, malformed


_EXPONENT = re.compile(r"^(?P<mantissa>.+?)[eE](?P<sign>[-+]?)0*(?P<power>\d+)(?P<rest>.*)$")


def display(quote: str) -> str:
    """How the site shows a quoted number: as written, except that an
    exponent reads as a power of ten (``5.76e+23`` -> 5.76 × 10²³, set with
    ``<sup>``), so the prose can quote an output's scientific notation exactly
    and still read as prose."""
    match = _EXPONENT.match(quote)
    if not match:
        return quote
    sign = "\u2212" if match["sign"] == "-" else ""
    return f'{match["mantissa"]} × 10<sup>{sign}{match["power"]}</sup>{match["rest"]}'


def strip_markers(markdown: str) -> str:
    """The page as the site shows it: each marker replaced by its number (see
    ``display``). Code fences and inline code are left alone."""
    lines = markdown.splitlines(keepends=True)
    for number, line in prose_lines(markdown):
        if "[[" not in line:
            continue
        masked = _masked_code(line)
        pieces, start = [], 0
        for match in MARKER.finditer(masked):
            pieces += [line[start : match.start()], display(match["quote"])]
            start = match.end()
        if pieces:
            ending = lines[number - 1][len(line) :]
            lines[number - 1] = "".join(pieces) + line[start:] + ending
    return "".join(lines)


def _resolve(name: str, directives: list[Directive]) -> list[Directive]:
    """The page's directives that ``name`` can mean: the path as written after
    ``run:``, or the file name with or without ``.py``."""
    found = []
    for directive in directives:
        path = PurePosixPath(directive.snippet)
        if name in (directive.snippet, path.name, path.stem) and all(d.snippet != directive.snippet for d in found):
            found.append(directive)
    return found


def _closest(wanted: Number, tokens: list[Token], count: int = 3) -> list[Token]:
    """The output numbers nearest in value to the quoted one, each once."""
    seen, unique = set(), []
    for token in tokens:
        if token.text not in seen:
            seen.add(token.text)
            unique.append(token)
    if wanted.percent and any(t.number.percent for t in unique):
        unique = [t for t in unique if t.number.percent]
    return sorted(unique, key=lambda token: (abs(token.number.value - wanted.value), token.line))[:count]


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _snippet_of(quote: Quote, directives: list[Directive], where: str, outputs: Mapping) -> Directive | str:
    """The directive a quote belongs to, or why there is none. A full path
    of a snippet that another page runs stands for that page's directive
    (line 0: not on this page)."""
    if quote.snippet is None:
        above = [directive for directive in directives if directive.line < quote.line]
        if above:
            return above[-1]
        return (
            f"{where}: {quote.text} is marked as quoted from a snippet, but no [[run: ...]] stands "
            f"above it on this page; name the snippet: [[{quote.text} @ name]]"
        )
    candidates = _resolve(quote.snippet, directives)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates and quote.snippet in outputs:
        return Directive(where, 0, quote.snippet)
    runs = ", ".join(sorted({directive.snippet for directive in directives})) or "none"
    why = "matches more than one" if candidates else "is not one"
    return (
        f"{where}: [[{quote.text} @ {quote.snippet}]]: '{quote.snippet}' {why} of the snippets this page "
        f"runs ({runs}); a snippet of another page is named by its full path"
    )


def _not_in_output(quote: Quote, where: str, snippet: str, run_line: int, output: str) -> str:
    """The message for a quoted number its snippet no longer prints."""
    run = f"run at line {run_line}" if run_line else "run on another page"
    message = f"{where}: the prose quotes {quote.text} from {snippet} ({run}), but its output does not contain {quote.text}"
    tokens = number_tokens(output)
    if tokens:
        nearest = _closest(parse_number(quote.text), tokens)
        message += "\n    closest numbers in the output: " + "; ".join(
            f'{token.text.strip()} (output line {token.line}: "{_short(token.line_text)}")' for token in nearest
        )
    else:
        message += "\n    the output has no numbers"
    return message + (
        "\n    quote what the snippet prints now, or make the snippet print the number as the prose "
        "quotes it (rounded in the print, not in the prose)"
    )


def check_page(
    markdown: str,
    page: str,
    outputs: Mapping[str, object],
    line_offset: int = 0,
    folder: str = "snippets",
) -> list[str]:
    """Problems with the quoted numbers of one page, in line order, each
    naming the page line, the number and the snippet; empty when every quoted
    number is in its snippet's output.

    ``outputs`` maps a snippet path (as after ``run:``) to its output text or
    its result (anything with an ``output``). A snippet missing from it is
    skipped: its own failure is reported elsewhere. ``line_offset``: lines
    before ``markdown`` in the file (front matter), so lines are the file's.
    """
    quotes, malformed = find_quotes(markdown, line_offset)
    problems = [
        (line, f"{page}:{line}: {text} looks like a quoted number but is not a marker; write {SYNTAX}")
        for line, text in malformed
    ]
    directives = find_directives(markdown, page, line_offset) if quotes else []
    for quote in quotes:
        where = f"{page}:{quote.line}"
        directive = _snippet_of(quote, directives, where, outputs)
        if isinstance(directive, str):
            problems.append((quote.line, directive))
            continue
        if directive.snippet not in outputs:
            continue
        output = getattr(outputs[directive.snippet], "output", outputs[directive.snippet])
        if not find_in_output(quote.text, output):
            snippet = f"{folder}/{directive.snippet}"
            problems.append((quote.line, _not_in_output(quote, where, snippet, directive.line, output)))
    return [message for _, message in sorted(problems, key=lambda problem: problem[0])]


def check_pages(
    pages: Iterable[tuple[str, str]], outputs: Mapping[str, object], folder: str = "snippets"
) -> list[str]:
    """``check_page`` over ``(page path, file text)`` pairs. The text is the
    whole file, front matter included, so lines are the file's."""
    problems = []
    for page, text in pages:
        if "[[" in text:
            problems += check_page(text, page, outputs, folder=folder)
    return problems
