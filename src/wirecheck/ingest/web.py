"""Fetching URLs safely: public addresses only, bounded size and time, every redirect re-checked.

Each hop's host is resolved and refused when any of its addresses is private, loopback,
link-local, multicast or otherwise not global; the address actually connected to is checked
again before the body is read, so a DNS answer that changes between the two (rebinding) is
caught. Bodies are streamed and cut at `max_bytes` after decompression, so a compressed bomb
stops there too.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from datetime import datetime, timezone
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse

import httpx

from wirecheck import __version__
from wirecheck.errors import InputRejected
from wirecheck.ingest.decode import decode

CONCURRENT_FETCHES = 4  # polite: a few requests at a time
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for fetching; `allow_hosts` lists private hosts the user runs themselves (an archive)."""

    allow_hosts: frozenset[str] = field(default_factory=frozenset)
    max_bytes: int = 10 * 1024 * 1024
    timeout: float = 20.0
    max_redirects: int = 5
    user_agent: str = f"wirecheck/{__version__} (news comparison; polite, one request per page)"


DEFAULT_POLICY = FetchPolicy()


def policy_allowing(hosts, timeout: float = DEFAULT_POLICY.timeout) -> FetchPolicy:
    """The default policy, with these private hosts allowed (case does not matter)."""
    return FetchPolicy(allow_hosts=frozenset(host.lower() for host in hosts), timeout=timeout)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    text: str
    content_type: str
    fetched_at: str  # ISO 8601, UTC: no page can have been published later


def is_url(value: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value))


def fetch(url: str, policy: FetchPolicy = DEFAULT_POLICY) -> Fetched:
    """GET `url` under `policy`; raises InputRejected (naming the URL) for anything refused."""
    deadline = time.monotonic() + policy.timeout
    current = url
    with httpx.Client(timeout=policy.timeout, follow_redirects=False,
                      headers={"User-Agent": policy.user_agent}) as client:
        for _ in range(policy.max_redirects + 1):
            host = _check_target(current, url, policy)
            try:
                with client.stream("GET", current) as response:
                    _check_peer(response, host, url, policy)
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise InputRejected(url, f"HTTP {response.status_code} from {current}")
                    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    if content_type and not content_type.startswith(HTML_TYPES + FEED_TYPES):
                        raise InputRejected(url, f"not an HTML page or feed (content type {content_type})")
                    body = _read_capped(response, url, policy, deadline)
                    return Fetched(str(response.url), _decode(body, response, url), content_type,
                                   datetime.now(timezone.utc).isoformat(timespec="seconds"))
            except httpx.TimeoutException:
                raise InputRejected(url, f"timed out after {policy.timeout:g} s") from None
            except httpx.HTTPError as error:
                raise InputRejected(url, f"could not be fetched: {error}") from None
    raise InputRejected(url, f"more than {policy.max_redirects} redirects")


def _check_target(current: str, url: str, policy: FetchPolicy) -> str:
    parsed = urlparse(current)
    if parsed.scheme not in {"http", "https"}:
        raise InputRejected(url, f"only http and https URLs are fetched, not {parsed.scheme or 'no scheme'}")
    host = (parsed.hostname or "").lower()
    if not host:
        raise InputRejected(url, "URL without a host")
    if host in policy.allow_hosts:
        return host
    try:
        infos = socket.getaddrinfo(host, parsed.port or (443 if parsed.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise InputRejected(url, f"host {host} could not be resolved: {error.strerror}") from None
    for info in infos:
        _refuse_unless_public(info[4][0], host, url)
    return host


def _check_peer(response: httpx.Response, host: str, url: str, policy: FetchPolicy) -> None:
    if host in policy.allow_hosts:
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer:
        _refuse_unless_public(peer[0], host, url)


def _refuse_unless_public(address: str, host: str, url: str) -> None:
    ip = ipaddress.ip_address(address.split("%")[0])
    if not ip.is_global or ip.is_multicast:
        raise InputRejected(url, f"refused: {host} resolves to a non-public address ({ip}); "
                                 "allow it explicitly to fetch from your own servers")


def _read_capped(response: httpx.Response, url: str, policy: FetchPolicy, deadline: float) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise InputRejected(url, f"larger than {policy.max_bytes // (1024 * 1024)} MB")
        if time.monotonic() > deadline:
            raise InputRejected(url, f"timed out after {policy.timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(body: bytes, response: httpx.Response, url: str) -> str:
    charset = response.charset_encoding
    if charset is None:
        match = _META_CHARSET.search(body[:4096])
        charset = match.group(1).decode("ascii") if match else None
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body, url)
