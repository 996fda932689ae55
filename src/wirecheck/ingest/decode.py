"""Bytes to text: encodings guessed safely, binary content refused."""

from __future__ import annotations

from charset_normalizer import from_bytes

from wirecheck.errors import InputRejected


def decode(data: bytes, origin: str) -> str:
    """Decode `data` as UTF-8, else the best-guessed charset; refuse binary content."""
    if b"\x00" in data[:4096]:
        raise InputRejected(origin, "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise InputRejected(origin, "undecodable bytes: no text encoding fits")
    return str(best)
