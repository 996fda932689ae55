"""Ingest: turn what the user gave (paths, folders, JSONL dumps) into raw documents."""

from wirecheck.ingest.files import collect
from wirecheck.ingest.records import Hints, RawDocument

__all__ = ["Hints", "RawDocument", "collect"]
