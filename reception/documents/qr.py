"""The letter's barcode requisite: a QR matrix from ReportLab's encoder, and its PDF path.

Every approved letter carries a number of its own, so its code is encoded afresh: with ReportLab's
encoder as it is, ~0.8 ms a letter, most of it in pure-Python steps done bit by bit. ReportLab still
chooses the version and writes the data segments; the rest is done here in C-level operations on
tables built once per version, and gives the same matrix (the tests compare it with ReportLab's own):
- the Reed–Solomon remainder: a shift register over one integer, each step one XOR with a
  precomputed product of the generator polynomial (ReportLab divides polynomial objects recursively);
- the matrix: the data bits, masked by one XOR with the mask pattern, scattered into the function
  patterns ReportLab drew once for the version by one fixed permutation (`operator.itemgetter`).
ReportLab is imported inside the functions, so the application starts without it.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any

Matrix = tuple[tuple[bool, ...], ...]
_DARK_RUN = re.compile("1+")


MASK = 0  # valid for any data, and 8× cheaper than scoring all eight for the best


@functools.lru_cache(maxsize=256)
def qr_modules(text: str) -> Matrix:
    """The QR matrix of `text` (UTF-8, level M), True for a dark module."""
    return tuple(tuple(cell == "1" for cell in row) for row in _rows(text))


def _rows(text: str) -> tuple[str, ...]:
    """The matrix as one string of "0"/"1" per row."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    version = code.calculate_version()
    layout = _layout(version, MASK)
    codewords = _codewords(version, code.errorCorrectLevel, code.dataList)
    data = int.from_bytes(bytes(codewords), "big") << (layout.positions - 8 * len(codewords))
    cells = layout.scatter(format(data ^ layout.mask, f"0{layout.positions}b") + layout.template)
    size = layout.size
    return tuple("".join(cells[start : start + size]) for start in range(0, size * size, size))


@dataclass(frozen=True)
class _Layout:
    """Where a version's data bits go: `scatter` takes the data bits (in placement order) followed by
    `template` and returns every module, row by row."""

    size: int
    positions: int  # data modules, remainder bits included
    mask: int  # the mask pattern's bits in placement order
    template: str  # the modules that are not data, row by row
    scatter: Callable[[str], tuple[str, ...]]


@functools.cache
def _layout(version: int, mask_pattern: int) -> _Layout:
    """ReportLab draws the function patterns and lists the zig-zag of data positions once."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    code.addData("")
    code.makeImpl(False, mask_pattern)
    size = code.moduleCount
    placement = [(row, col) for col, row in code._dataPosIterator()]
    order = {cell: index for index, cell in enumerate(placement)}
    mask = qrencoder.QRUtil.getMask(mask_pattern)
    mask_bits = "".join("1" if mask(row, col) else "0" for row, col in placement)
    template_cells = [(r, c) for r in range(size) for c in range(size) if (r, c) not in order]
    template = "".join("1" if code.modules[r][c] else "0" for r, c in template_cells)
    fixed = {cell: len(placement) + index for index, cell in enumerate(template_cells)}
    source = [order[(r, c)] if (r, c) in order else fixed[(r, c)] for r in range(size) for c in range(size)]
    return _Layout(size, len(placement), int(mask_bits, 2), template, operator.itemgetter(*source))


def reportlab_modules(text: str) -> Matrix:
    """The same matrix from ReportLab's encoder untouched: the reference the tests hold qr_modules to."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


@functools.lru_cache(maxsize=256)
def qr_path(text: str, size: float) -> str:
    """The QR code as raw PDF path operators at the origin: one fill of merged row runs."""
    rows = _rows(text)
    count = len(rows)
    coordinates, cell = _coordinates(count, size)
    ops = []
    for r, row in enumerate(rows):
        top = coordinates[count - r - 1]
        for run in _DARK_RUN.finditer(row):
            start, end = run.span()
            ops.append(f"{coordinates[start]} {top} {coordinates[end - start]} {cell} re")
    return "0 g\n" + "\n".join(ops) + "\nf"


@functools.lru_cache(maxsize=8)
def _coordinates(count: int, size: float) -> tuple[tuple[str, ...], str]:
    """Multiples of one module's size, formatted once: `count` modules across `size` points."""
    cell = size / count
    return tuple(f"{n * cell:.3f}" for n in range(count + 1)), f"{cell:.3f}"


def _codewords(version: int, level: int, data_list: list[Any]) -> list[int]:
    """The data and error-correction codewords, interleaved: ReportLab's createData, its padding
    included, with the remainder taken by the shift register below."""
    from reportlab.graphics.barcode import qrencoder

    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = _Bits()
    for data in data_list:
        data.write(buffer, version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if buffer.length > capacity:
        raise ValueError(f"code length overflow ({buffer.length} > {capacity})")
    if buffer.length + 4 <= capacity:
        buffer.put(0, 4)
    buffer.put(0, -buffer.length % 8)
    pads = (qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)
    pad = 0
    while buffer.length < capacity:  # 0xEC, 0x11, 0xEC, … up to the capacity
        buffer.put(pads[pad], 8)
        pad ^= 1
    codewords = list(buffer.value.to_bytes(buffer.length // 8, "big"))
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        part = codewords[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(part)
        ec_blocks.append(_remainder(part, block.totalCount - block.dataCount))
    return [
        byte
        for group in (zip_longest(*data_blocks), zip_longest(*ec_blocks))
        for column in group
        for byte in column
        if byte is not None
    ]


class _Bits:
    """ReportLab's QRBitBuffer as one integer: `put` appends `length` bits at once, not bit by bit."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, number: int, length: int) -> None:  # all the data segments' write() calls
        self.value = (self.value << length) | (number & ((1 << length) - 1))
        self.length += length


def _remainder(data: list[int], length: int) -> list[int]:
    """The Reed–Solomon error-correction bytes of `data`: its remainder by the generator polynomial
    of degree `length`, over GF(256) with the QR code's tables. The register is one integer of
    `length` bytes; XOR of integers is XOR byte by byte, so each step is a shift and one XOR."""
    multiples = _generator_multiples(length)
    top, keep = 8 * (length - 1), (1 << (8 * length)) - 1
    register = 0
    for byte in data:
        register = ((register << 8) & keep) ^ multiples[byte ^ (register >> top)]
    return list(register.to_bytes(length, "big"))


@functools.cache
def _generator_multiples(length: int) -> tuple[int, ...]:
    """For each byte value, its products with the generator's coefficients after the leading one,
    packed big-endian into one integer. The generator is ReportLab's own, so both encoders divide
    by the same polynomial."""
    from reportlab.graphics.barcode import qrencoder

    exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
    coefficients = qrencoder.QRUtil.getErrorCorrectPolynomial(length).num[1:]
    products = [bytes(length)] + [
        bytes(exp[(log[c] + log[factor]) % 255] for c in coefficients) for factor in range(1, 256)
    ]
    return tuple(int.from_bytes(product, "big") for product in products)
