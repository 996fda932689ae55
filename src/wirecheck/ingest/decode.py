"""Bytes to text: encodings guessed safely, binary content refused."""

from __future__ import annotations

from charset_normalizer import from_bytes

from wirecheck.errors import InputRejected


BINARY = "binary content, not text"
_LATIN_SINGLE_BYTE = {"cp1250", "cp1252", "latin_1", "iso8859_2", "iso8859_15", "mac_roman", "cp850"}


def looks_binary(data: bytes) -> bool:
    """Text never holds NUL bytes; images, PDFs and archives do, early on."""
    return b"\x00" in data[:4096]


def decode(data: bytes, origin: str) -> str:
    """Decode `data` as UTF-8, else the best-guessed charset; refuse binary content."""
    if looks_binary(data):
        raise InputRejected(origin, BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputRejected(origin, "undecodable bytes: no text encoding fits")
    if best.encoding in _LATIN_SINGLE_BYTE:
        # Short texts do not tell these apart; Windows-1252 is by far the most common on the web.
        return data.decode("cp1252", errors="replace")
    return str(best)
