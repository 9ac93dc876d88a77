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
   refused, also when hidden in IPv6: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d),
   NAT64 (64:ff9b::/96, 64:ff9b:1::/48), 6to4 (2002::/16) and Teredo (2001::/32) addresses
   are judged by the IPv4 addresses they stand for or carry.
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
# NAT64: the well-known prefix (RFC 6052) and the local-use one (RFC 8215)
NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d


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


def _translated(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (IPv4-mapped, IPv4-compatible or NAT64):
    such an address is that IPv4 host, whatever the IPv6 range it is written in."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if any(ip in net for net in (*NAT64, IPV4_COMPATIBLE)):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _tunnelled(ip: IPAddress) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses a 6to4 or Teredo address carries: packets to it may reach them."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    found = [ip.sixtofour] if ip.sixtofour is not None else []
    return found + list(ip.teredo or ())


def _unwrap(ip: IPAddress) -> IPAddress:
    """The IPv4 address an IPv6 address stands for, else the address."""
    return _translated(ip) or ip


def _public(ip: IPAddress) -> bool:
    return not (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def is_public(ip: IPAddress) -> bool:
    """A public unicast address: nothing internal, local, special-purpose or multicast, also
    when the address is another one in disguise (IPv4-mapped, IPv4-compatible, NAT64) or
    tunnels to one (6to4 `2002:7f00:1::` is 127.0.0.1, Teredo carries two IPv4 addresses)."""
    return _public(_unwrap(ip)) and all(_public(hidden) for hidden in _tunnelled(ip))


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
