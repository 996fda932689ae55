"""Ingest: turn what the user gave (files, folders, URLs, feeds, WARC archives, JSONL, stdin)
into raw documents, or rejections that say why not."""

from wirecheck.ingest.files import collect
from wirecheck.ingest.records import Hints, RawDocument

__all__ = ["Hints", "RawDocument", "collect"]
