"""Webhook callback URLs: which ones copydesk may POST to (no SSRF).

Used twice: by the API when an article or batch is submitted (a refused URL is a
422), and by the worker right before each delivery attempt (DNS may have changed
since), which then connects to the very address it checked.

Rules, in order:
1. the scheme is `http` or `https` and the URL has a host (no user:password part);
2. the host must match the allowlist (`COPYDESK_CALLBACK_ALLOWLIST`, comma-separated):
   - `hooks.example.com`  exactly that host name (case-insensitive);
   - `*.newsroom.org`     any subdomain of newsroom.org at any depth (not newsroom.org itself);
   - `203.0.113.7`, `::1` an IP address written literally in the URL;
   - `10.1.0.0/16`        an IP network: a URL whose host is an IP inside it.
   An EMPTY allowlist allows any host name, as long as rule 3 holds (any public host);
3. the host is resolved (socket.getaddrinfo) and EVERY address it resolves to must be a
   public unicast address: loopback, private (RFC 1918, fc00::/7), link-local, multicast,
   reserved, unspecified, shared (100.64.0.0/10), documentation and similar ranges are
   refused, also when hidden in IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96) IPv6.
   The one exception: a host the allowlist names EXPLICITLY (an exact host name such as
   `localhost`, an IP literal such as `127.0.0.1`, or a network containing the address)
   may resolve to such addresses. A wildcard entry never allows a non-public address, so
   `*.newsroom.org` cannot be turned into a path to the internal network by its DNS.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., list]
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class CallbackRefused(ValueError):
    """The callback URL may not be used; the message says why (safe to show the client)."""


@dataclass(frozen=True)
class CheckedCallback:
    url: str
    scheme: str
    host: str  # as in the URL, lower case, no brackets
    port: int
    target: str  # path and query, at least "/"
    addresses: tuple[str, ...]  # the resolved addresses that passed the check, in resolver order


def _ip(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        return None


def _unwrap(ip: IPAddress) -> IPAddress:
    """The IPv4 address hidden in an IPv4-mapped or NAT64 IPv6 address, else the address."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return ip.ipv4_mapped
        if ip in NAT64:
            return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def is_public(ip: IPAddress) -> bool:
    """A public unicast address: nothing internal, local, special-purpose or multicast."""
    ip = _unwrap(ip)
    return not (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


@dataclass(frozen=True)
class Allowlist:
    names: frozenset[str]
    suffixes: tuple[str, ...]  # ".newsroom.org" for "*.newsroom.org"
    networks: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]

    @classmethod
    def parse(cls, entries: Iterable[str]) -> Allowlist:
        names, suffixes, networks = set(), [], []
        for raw in entries:
            entry = raw.strip().lower().rstrip(".")
            if not entry:
                continue
            if entry.startswith("*."):
                suffixes.append(entry[1:])
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
                continue
            except ValueError:
                names.add(entry)
        return cls(frozenset(names), tuple(suffixes), tuple(networks))

    @property
    def empty(self) -> bool:
        return not (self.names or self.suffixes or self.networks)

    def explicit(self, host: str) -> bool:
        """Named exactly (host name, or an IP literal inside a listed network)."""
        if host in self.names:
            return True
        ip = _ip(host)
        return ip is not None and any(_unwrap(ip) in n or ip in n for n in self.networks)

    def matches(self, host: str) -> bool:
        return self.explicit(host) or any(host.endswith(s) for s in self.suffixes)

    def permits_address(self, ip: IPAddress) -> bool:
        return any(ip in n or _unwrap(ip) in n for n in self.networks)


def check_callback(
    url: str,
    allowlist: Iterable[str] | Allowlist,
    *,
    resolve: Resolver = socket.getaddrinfo,
) -> CheckedCallback:
    """Check `url` against the rules above; raise CallbackRefused with the reason if it fails."""
    rules = allowlist if isinstance(allowlist, Allowlist) else Allowlist.parse(allowlist)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise CallbackRefused(f"not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise CallbackRefused("only http and https callback URLs are allowed")
    if parts.username is not None or parts.password is not None:
        raise CallbackRefused("a callback URL must not carry a user name or password")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise CallbackRefused("the callback URL has no host")
    port = port or (443 if scheme == "https" else 80)
    if not rules.empty and not rules.matches(host):
        raise CallbackRefused(f"the host {host!r} is not on the callback allowlist")
    explicit = rules.explicit(host)

    literal = _ip(host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            infos = resolve(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:
            raise CallbackRefused(f"the host {host!r} does not resolve ({exc})") from None
        addresses = []
        for info in infos:
            ip = _ip(str(info[4][0]))
            if ip is not None and ip not in addresses:
                addresses.append(ip)
        if not addresses:
            raise CallbackRefused(f"the host {host!r} does not resolve")
    for ip in addresses:
        if not is_public(ip) and not explicit and not rules.permits_address(ip):
            raise CallbackRefused(
                f"the host {host!r} resolves to {ip}, a loopback, private, link-local or otherwise "
                "non-public address; only hosts named explicitly on the allowlist may"
            )
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return CheckedCallback(url, scheme, host, port, target, tuple(str(ip) for ip in addresses))
