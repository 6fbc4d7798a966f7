"""The text of a letter: a tiny markup the editor, the templates and the PDF share.

One line is one paragraph; a line starting with "- " (or "• ") is an item of a bulleted list;
`**bold**`, `*italic*` and `***both***` toggle the emphasis inside a paragraph; a backslash makes the
next character literal (`\\*`, `\\\\`, a leading `\\- `). Nothing else has a meaning: no HTML gets
through, so a letter's text can never carry anything but paragraphs, emphasis and lists.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

BULLETS = ("- ", "• ")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """A paragraph, or one item of a bulleted list."""

    runs: tuple[Run, ...]
    bullet: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def escape_markup(text: str) -> str:
    """Plain text as markup that reads back as the same text (merge fields go through this)."""
    escaped = text.replace("\\", "\\\\").replace("*", "\\*")
    lines = escaped.split("\n")
    return "\n".join("\\" + line if line.startswith(BULLETS) else line for line in lines)


_TOKEN = re.compile(r"(\\.|\*+)")


def _runs(line: str) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = False
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            text = "".join(buffer)
            if runs and (runs[-1].bold, runs[-1].italic) == (bold, italic):
                runs[-1] = Run(runs[-1].text + text, bold, italic)
            else:
                runs.append(Run(text, bold, italic))
            buffer.clear()

    for i, token in enumerate(_TOKEN.split(line)):
        if i % 2 == 0:
            if token:
                buffer.append(token)
        elif token[0] == "\\":
            buffer.append(token[1])
        else:
            flush()
            # Toggles, not nesting: 1 star italic, 2 bold, 3 both (longer runs repeat).
            stars = len(token)
            while stars > 0:
                take = min(stars, 3)
                if take in (1, 3):
                    italic = not italic
                if take in (2, 3):
                    bold = not bold
                stars -= take
    flush()
    return tuple(runs)


def parse_markup(text: str) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        bullet = line.startswith(BULLETS)
        if bullet:
            line = line[2:].lstrip()
        runs = _runs(line)
        if runs or bullet:
            blocks.append(Block(runs, bullet))
    return tuple(blocks)


def _run_markup(runs: Sequence[Run]) -> str:
    out: list[str] = []
    bold = italic = False
    for run in runs:
        if not run.text:
            continue
        stars = (1 if run.italic != italic else 0) + (2 if run.bold != bold else 0)
        out.append("*" * stars)
        bold, italic = run.bold, run.italic
        out.append(run.text.replace("\\", "\\\\").replace("*", "\\*"))
    out.append("*" * ((1 if italic else 0) + (2 if bold else 0)))
    return "".join(out)


def to_markup(blocks: Iterable[Block]) -> str:
    """The markup of these blocks; parse_markup(to_markup(b)) gives b back (runs merged)."""
    lines = []
    for block in blocks:
        text = _run_markup(block.runs)
        if block.bullet:
            lines.append("- " + text)
        else:
            lines.append("\\" + text if text.startswith(BULLETS) else text)
    return "\n".join(lines)


def to_plain_text(blocks: Iterable[Block]) -> str:
    return "\n".join(("• " if b.bullet else "") + b.text for b in blocks)


def to_html(blocks: Sequence[Block]) -> str:
    """Simple HTML for a rich-text editor: <p>, <b>, <i>, <ul><li>; every text escaped."""
    out: list[str] = []
    in_list = False
    for block in blocks:
        if block.bullet and not in_list:
            out.append("<ul>")
            in_list = True
        elif not block.bullet and in_list:
            out.append("</ul>")
            in_list = False
        inner = "".join(_run_html(run) for run in block.runs)
        out.append(f"<li>{inner}</li>" if block.bullet else f"<p>{inner}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def _run_html(run: Run) -> str:
    text = html.escape(run.text, quote=False)
    if run.italic:
        text = f"<i>{text}</i>"
    if run.bold:
        text = f"<b>{text}</b>"
    return text
