"""An outgoing letter as a PDF laid out after ГОСТ Р 7.0.97-2025: a pure function of LetterData.

Corner layout on the first page: the letterhead, the date and number and the reference to the
incoming appeal on the left, the addressee on the right (each block at most 8 cm wide); then the
title to the text, the body (14 pt, justified, 1.25 cm paragraph indent), the signature block, and
at the bottom of the last page the executor mark on the left and the QR code with the outgoing and
incoming numbers on the right. Page numbers top centre from page two. Margins 25/15/20/20 mm.

Liberation Serif is embedded (subset). A character the font has no glyph for (an emoji, say) is
printed as «?»: never a crash, never an empty box the reader cannot explain. ReportLab is imported
inside the functions, so the application starts without it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import tempfile
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reception.documents.qr import qr_path
from reception.domain.letter_markup import Block, parse_markup
from reception.paths import resource

FONT = "LiberationSerif"
FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    f"{FONT}-Bold": "LiberationSerif-Bold.ttf",
    f"{FONT}-Italic": "LiberationSerif-Italic.ttf",
    f"{FONT}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
MISSING_GLYPH = "?"
MM = 72 / 25.4
CORNER_WIDTH = 80 * MM  # ГОСТ: lines of the corner requisites no longer than 8 cm
MARGINS = {"left": 25 * MM, "right": 15 * MM, "top": 20 * MM, "bottom": 20 * MM}
BODY_SIZE = 14
QR_SIZE = 20 * MM
TEXT_WIDTH = 210 * MM - 25 * MM - 15 * MM
ADDRESSEE_DROP = 22  # pt: the addressee starts level with the letterhead's second line
DRAFT_MARK = "ПРОЕКТ"
REDACTED_MARK = "Обезличенная копия: персональные данные заявителя скрыты"


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str
    phone: str
    email: str


@dataclass(frozen=True)
class LetterData:
    """Everything printed on the letter; nothing is looked up while building it."""

    letterhead: Letterhead
    out_number: str  # "" on a draft
    out_date: date | None
    in_number: str
    in_date: date | None
    addressee: tuple[str, ...]
    title: str
    body: str  # reception.domain.letter_markup
    signatory_position: str
    signatory_name: str
    executor_name: str
    executor_phone: str
    draft: bool = False
    redacted: bool = False

    @property
    def qr_text(self) -> str:
        """The barcode requisite: the outgoing and the incoming registration numbers, nothing else
        (short data keeps the code small and cheap to encode: version 3 instead of 6)."""
        return f"{self.out_number or DRAFT_MARK};{self.in_number}"


def escape(text: str) -> str:
    """Text for a ReportLab paragraph, whose markup is XML-like."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _day(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else "—"


@functools.cache
def _face(name: str) -> frozenset[int]:
    """Register one face of Liberation Serif once per process; the code points it has glyphs for."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # Subsets hold only the characters a letter uses. ReportLab's default (asciiReadable) puts all 96
    # ASCII glyphs into every subset of every face: ~25 KB more to subset and compress per face, for
    # raw content streams that read as ASCII. Space keeps code 32, so justified word spacing still works.
    font = TTFont(name, str(resource("fonts", FONT_FILES[name])), asciiReadable=False)
    font.face.__class__ = _remembering_face_class()
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


@functools.cache
def _remembering_face_class() -> type:
    """A TrueType face that makes and compresses each subset's font program once per process.

    Letters from one template print their bold and italic runs (the letterhead, the template's own
    emphasis) with the same characters in the same order, so those faces' subsets repeat letter after
    letter: ~0.3 ms of subsetting and ~0.3 ms of zlib each time, and a little more for the subset's
    ToUnicode map. Both are pure functions of the face and the ordered subset, and the bytes written
    are the same as ReportLab's own.
    """
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import TTFontFace

    @functools.lru_cache(maxsize=64)
    def program(face: TTFontFace, subset: tuple[int, ...]) -> bytes:
        return TTFontFace.makeSubset(face, list(subset))  # type: ignore[no-any-return]

    @functools.lru_cache(maxsize=128)
    def compressed(content: bytes | str) -> bytes:
        return zlib.compress(content.encode("utf8") if isinstance(content, str) else content)

    class RememberedFlate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]
        encode = staticmethod(compressed)

    flate = RememberedFlate()

    # ReportLab subsets a face by seeking and reading through a file position kept on the face:
    # two threads subsetting one face at once (a preview and an approval, say) could mix their reads,
    # and a spoiled program would now be kept and reused. One subset at a time.
    subsetting = threading.Lock()

    class RememberingFace(TTFontFace):  # type: ignore[misc]
        def makeSubset(self, subset: list[int]) -> bytes:
            with subsetting:
                return program(self, tuple(subset))

        def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
            """ReportLab's objects, the font program and its ToUnicode map compressed through the cache."""
            descriptor = super().addSubsetObjects(doc, fontname, subset)
            for name in (f"fontFile:{self.filename}({fontname})", f"toUnicodeCMap:{fontname}"):
                stream = doc.idToObject.get(name)
                if stream is not None and stream.filters:
                    stream.filters = [flate]
            return descriptor

    return RememberingFace


@functools.cache
def _fonts() -> frozenset[int]:
    """The regular face and the family mapping; bold and italic faces load when a letter uses them
    (each costs a file parse at the first letter). The faces cover the same characters."""
    from reportlab.lib.fonts import addMapping

    covered = _face(FONT)  # registering a TrueType font maps its bold and italic to itself: remap after
    for bold, italic, suffix in ((0, 0, ""), (1, 0, "-Bold"), (0, 1, "-Italic"), (1, 1, "-BoldItalic")):
        addMapping(FONT, bold, italic, FONT + suffix)
    return covered


def _load_faces(blocks: tuple[Block, ...], *, italic: bool = False) -> None:
    _fonts()
    _face(f"{FONT}-Bold")  # the letterhead
    if italic or any(run.italic and not run.bold for block in blocks for run in block.runs):
        _face(f"{FONT}-Italic")
    if any(run.italic and run.bold for block in blocks for run in block.runs):
        _face(f"{FONT}-BoldItalic")


@functools.cache
def _uncovered() -> re.Pattern[str]:
    """A character the font has no glyph for: one C-level scan of the text instead of a set look-up
    per character (the body of a letter is checked run by run)."""
    ranges: list[list[int]] = []
    for point in sorted(_fonts()):
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    members = "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges)
    return re.compile(f"[^{members}]")


def printable(text: str) -> str:
    """The text with every character the font cannot show replaced by «?» (tabs become spaces)."""
    if _uncovered().search(text) is None:
        return text
    covered = _fonts()
    out = []
    for char in text:
        if char in "\n ":
            out.append(char)
        elif char == "\t" or char == "\u00a0":
            out.append(" " if char == "\t" else char)
        elif ord(char) in covered:
            out.append(char)
        elif ord(char) < 32 or 0xFE00 <= ord(char) <= 0xFE0F or 0x1F3FB <= ord(char) <= 0x1F3FF:
            continue  # control characters, emoji variation selectors and skin tones: nothing to print
        else:
            out.append(MISSING_GLYPH)
    return "".join(out)


def _inline(block: Block) -> str:
    parts = []
    for run in block.runs:
        text = escape(printable(run.text))
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        parts.append(text)
    return "".join(parts)


def _lines(text: str) -> str:
    return "<br/>".join(escape(printable(line)) for line in text.split("\n"))


def _requisite(text: str, style: Any) -> Any:
    """A requisite of one or more lines (the contacts, the addressee, the signature, the executor).

    ReportLab lays out a paragraph with line breaks fragment by fragment, several times slower than
    plain lines; lines of plain paragraphs stacked one under another look the same. A blank line
    keeps the paragraph with breaks, which gives it its height.
    """
    lines = text.split("\n")
    if len(lines) == 1 or not all(line.strip() for line in lines):
        return _paragraph(_lines(text), style)
    return _stack_class()([_paragraph(escape(printable(line)), style) for line in lines])


def _paragraph(markup: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup, style)


@functools.cache
def _stack_class() -> type:
    """Flowables one under another, as one block that never splits."""
    from reportlab.platypus import Flowable

    class Stack(Flowable):  # type: ignore[misc]
        def __init__(self, parts: list[Any]) -> None:
            super().__init__()
            self.parts = parts

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            # A line that prints nothing (a zero-width space, a soft hyphen) still takes a line, as
            # it does after <br/>.
            self.heights = [
                part.wrap(avail_width, avail_height)[1] or part.style.leading for part in self.parts
            ]
            self.width, self.height = avail_width, sum(self.heights)
            return self.width, self.height

        def getSpaceBefore(self) -> float:
            return float(self.parts[0].getSpaceBefore())

        def draw(self) -> None:
            y = self.height
            for part, height in zip(self.parts, self.heights, strict=True):
                y -= height
                part.drawOn(self.canv, 0, y)

    return Stack


@functools.cache
def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    _fonts()
    base = ParagraphStyle(
        "base", fontName=FONT, bulletFontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.15
    )
    return {
        "org": ParagraphStyle(
            "org", base, fontName=f"{FONT}-Bold", fontSize=12, leading=14, alignment=TA_CENTER
        ),
        "head": ParagraphStyle("head", base, fontSize=9.5, leading=11.5, alignment=TA_CENTER),
        # The date and number and the reference to the incoming appeal: 12 pt, the smallest the standard allows.
        "reg": ParagraphStyle("reg", base, fontSize=12, leading=14, alignment=TA_LEFT, spaceBefore=8),
        "to": ParagraphStyle("to", base, fontSize=13, leading=15.5, alignment=TA_LEFT),
        "title": ParagraphStyle(
            "title", base, fontSize=13, leading=15.5, alignment=TA_LEFT, rightIndent=TEXT_WIDTH - CORNER_WIDTH
        ),
        "body": ParagraphStyle("body", base, alignment=TA_JUSTIFY, firstLineIndent=12.5 * MM, spaceAfter=0),
        "bullet": ParagraphStyle(
            "bullet",
            base,
            alignment=TA_JUSTIFY,
            leftIndent=18.5 * MM,
            bulletIndent=12.5 * MM,
            bulletFontName=FONT,
        ),
        "sign": ParagraphStyle("sign", base, alignment=TA_LEFT),
        "sign_name": ParagraphStyle("sign_name", base, alignment=TA_RIGHT),
        "exec": ParagraphStyle("exec", base, fontSize=10, leading=12, alignment=TA_LEFT),
        "mark": ParagraphStyle("mark", base, fontSize=9, leading=11, alignment=TA_LEFT),
    }


def _draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    canvas._code.append(qr_path(text, size))
    canvas.restoreState()


def _closing(data: LetterData, styles: dict[str, Any]) -> Any:
    """The signature block, then the executor mark (bottom left) and the QR code (bottom right) at the
    foot of the same, last page: the three never part, and the marks never stand on a page alone."""
    from reportlab.platypus import Flowable

    position = _requisite(data.signatory_position, styles["sign"])
    name = _requisite(data.signatory_name, styles["sign_name"])
    executor = _requisite(
        "\n".join(line for line in (data.executor_name, data.executor_phone) if line.strip()), styles["exec"]
    )
    gap = 12 * MM

    class Closing(Flowable):  # type: ignore[misc]
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            _, self.pos_height = position.wrap(CORNER_WIDTH + 10 * MM, avail_height)
            _, self.name_height = name.wrap(avail_width - CORNER_WIDTH - 10 * MM, avail_height)
            self.sig_height = max(self.pos_height, self.name_height)
            _, self.exec_height = executor.wrap(avail_width - QR_SIZE - 10 * MM, avail_height)
            # Room for the marks under the signature: nothing else follows, so they sit at the foot.
            self.height = gap + self.sig_height + 8 * MM + max(self.exec_height, QR_SIZE)
            return self.width, self.height

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            self.foot = MARGINS["bottom"] - y  # the frame's bottom edge, relative to this flowable
            super().drawOn(canvas, x, y, _sW)

        def draw(self) -> None:
            bottom = self.height - gap - self.sig_height  # the last lines of both sit on one baseline
            position.drawOn(self.canv, 0, bottom)
            name.drawOn(self.canv, CORNER_WIDTH + 10 * MM, bottom)
            executor.drawOn(self.canv, 0, self.foot)
            _draw_qr(self.canv, data.qr_text, self.width - QR_SIZE, self.foot, QR_SIZE)

    return Closing()


def _corner(left: list[Any], right: Any) -> Any:
    """The corner requisites: letterhead, number and reference on the left, addressee on the right."""
    from reportlab.platypus import Flowable

    class Corner(Flowable):  # type: ignore[misc]
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            self.left_heights = [p.wrap(CORNER_WIDTH, avail_height)[1] for p in left]
            self.gaps = [p.getSpaceBefore() if i else 0 for i, p in enumerate(left)]
            _, self.right_height = right.wrap(CORNER_WIDTH, avail_height)
            self.height = max(sum(self.left_heights) + sum(self.gaps), self.right_height + ADDRESSEE_DROP)
            return self.width, self.height

        def draw(self) -> None:
            y = self.height
            for paragraph, height, gap in zip(left, self.left_heights, self.gaps, strict=True):
                y -= height + gap
                paragraph.drawOn(self.canv, 0, y)
            right.drawOn(
                self.canv, self.width - CORNER_WIDTH, self.height - ADDRESSEE_DROP - self.right_height
            )

    return Corner()


def _story(data: LetterData, blocks: tuple[Block, ...]) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    styles = _styles()
    head = data.letterhead
    left: list[Any] = [_requisite(head.name, styles["org"])]
    contacts = "\n".join(
        part
        for part in (
            head.address,
            f"Тел.: {head.phone}" if head.phone else "",
            head.email and f"E-mail: {head.email}",
        )
        if part
    )
    left.append(_requisite(contacts, styles["head"]))
    number = data.out_number or "________________"
    dated = _day(data.out_date) if data.out_date else "____________"
    left.append(Paragraph(escape(f"{dated} № {printable(number)}"), styles["reg"]))
    left.append(
        Paragraph(
            escape(f"На № {printable(data.in_number)} от {_day(data.in_date)}"),
            styles["reg"].clone("in", spaceBefore=2),
        )
    )
    right = _requisite("\n".join(data.addressee), styles["to"])
    corner = _corner(left, right)
    title = Paragraph(_lines(data.title), styles["title"])
    story: list[Any] = [corner, Spacer(1, 10 * MM), title, Spacer(1, 6 * MM)]
    for block in blocks:
        if block.bullet:
            story.append(Paragraph(_inline(block), styles["bullet"], bulletText="•"))
        else:
            story.append(Paragraph(_inline(block), styles["body"]))
    closing = _closing(data, styles)
    # The signature never stands on a page alone: the last paragraph goes along with it.
    story[-1] = KeepTogether([story[-1], closing]) if len(story) > 4 else story[-1]
    if len(story) <= 4:
        story.append(closing)
    return story


def _page_decorations(data: LetterData) -> tuple[Callable[..., None], Callable[..., None]]:
    from reportlab.lib.colors import Color

    def marks(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        if data.draft:
            canvas.saveState()
            canvas.setFillColor(Color(0.55, 0.55, 0.55, alpha=0.25))
            canvas.setFont(f"{FONT}-Bold", 96)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -30, DRAFT_MARK)
            canvas.restoreState()
            canvas.saveState()
            canvas.setFont(f"{FONT}-Bold", 10)
            canvas.drawRightString(width - MARGINS["right"], height - 10 * MM, f"{DRAFT_MARK} — не подписан")
            canvas.restoreState()
        if data.redacted:
            canvas.saveState()
            canvas.setFont(f"{FONT}-Italic", 9)
            canvas.drawString(MARGINS["left"], height - 10 * MM, REDACTED_MARK)
            canvas.restoreState()

    def first(canvas: Any, doc: Any) -> None:
        marks(canvas, doc)

    def later(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(FONT, 12)
        canvas.drawCentredString(width / 2, height - 13 * MM, str(doc.page))
        canvas.restoreState()
        marks(canvas, doc)

    return first, later


def build_letter(data: LetterData, out: BinaryIO) -> None:
    """Write the letter's PDF to `out`."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    _fonts()
    width, height = A4
    frame = Frame(
        MARGINS["left"],
        MARGINS["bottom"],
        width - MARGINS["left"] - MARGINS["right"],
        height - MARGINS["top"] - MARGINS["bottom"],
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="text",
    )
    first, later = _page_decorations(data)
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGINS["left"],
        rightMargin=MARGINS["right"],
        topMargin=MARGINS["top"],
        bottomMargin=MARGINS["bottom"],
        title=printable(data.title)[:200],
        author=printable(data.letterhead.name)[:200],
        subject=f"{data.out_number or DRAFT_MARK} на № {data.in_number}",
        creator="Приёмная",
        invariant=1,
        initialFontName=FONT,
        initialFontSize=BODY_SIZE,
        pageTemplates=[
            PageTemplate("first", [frame], onPage=first, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=later),
        ],
    )
    blocks = parse_markup(data.body)
    _load_faces(blocks, italic=data.redacted)  # the redaction note is in italics
    doc.build(_story(data, blocks))


def letter_pdf(data: LetterData) -> bytes:
    from io import BytesIO

    buffer = BytesIO()
    build_letter(data, buffer)
    return buffer.getvalue()


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def save_file(content: bytes, path: Path) -> Path:
    """Write through a temporary file in the same folder and rename: never a half-written file."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
