"""Callback URL rules (core.callbacks): allowlist, address classes, resolution."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from core.callbacks import CallbackRefused, check_callback, is_public


def resolver(*addresses: str):
    """A stand-in for socket.getaddrinfo answering `addresses` for any host."""

    def resolve(host, port, type=0):  # noqa: A002 - getaddrinfo's own keyword
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
            for a in addresses
        ]

    return resolve


def unresolvable(host, port, type=0):  # noqa: A002
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


PUBLIC = resolver("93.184.216.34")


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.9.9.9",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # shared address space
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "ff02::1",
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "::ffff:10.1.2.3",
        "::ffff:169.254.169.254",
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "2001:db8::1",  # documentation
    ],
)
def test_non_public_addresses_are_refused(address):
    assert not is_public(ipaddress.ip_address(address))
    with pytest.raises(CallbackRefused, match="non-public"):
        check_callback("https://hooks.example.com/x", [], resolve=resolver(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address):
    checked = check_callback("https://hooks.example.com/in?a=1", [], resolve=resolver(address))
    assert [ipaddress.ip_address(a) for a in checked.addresses] == [ipaddress.ip_address(address)]
    assert (checked.scheme, checked.host, checked.port, checked.target) == (
        "https",
        "hooks.example.com",
        443,
        "/in?a=1",
    )


def test_any_resolved_address_forbidden_refuses_the_host():
    with pytest.raises(CallbackRefused):
        check_callback("http://hooks.example.com/", [], resolve=resolver("93.184.216.34", "10.0.0.7"))


@pytest.mark.parametrize(
    "url",
    [
        "ftp://hooks.example.com/x",
        "file:///etc/passwd",
        "gopher://hooks.example.com/",
        "http://user:pw@hooks.example.com/",
        "http:///nohost",
        "http://hooks.example.com:99999/",
    ],
)
def test_bad_urls_are_refused(url):
    with pytest.raises(CallbackRefused):
        check_callback(url, [], resolve=PUBLIC)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/h", "http://[::1]/h", "http://0x7f000001/h"])
def test_loopback_literals_are_refused_without_allowlist(url):
    with pytest.raises(CallbackRefused):
        check_callback(url, [], resolve=resolver("127.0.0.1"))


def test_unresolvable_host_is_refused():
    with pytest.raises(CallbackRefused, match="does not resolve"):
        check_callback("https://nowhere.invalid/", [], resolve=unresolvable)


def test_allowlist_limits_hosts():
    allow = ["hooks.example.com", "*.newsroom.org"]
    assert check_callback("https://hooks.example.com/", allow, resolve=PUBLIC)
    assert check_callback("https://HOOKS.example.com./", allow, resolve=PUBLIC)
    assert check_callback("https://cms.newsroom.org/", allow, resolve=PUBLIC)
    assert check_callback("https://a.b.newsroom.org/", allow, resolve=PUBLIC)
    for url in (
        "https://newsroom.org/",  # the wildcard is for subdomains only
        "https://evilnewsroom.org/",
        "https://hooks.example.com.evil.net/",
        "https://other.example.com/",
    ):
        with pytest.raises(CallbackRefused, match="allowlist"):
            check_callback(url, allow, resolve=PUBLIC)


def test_wildcard_never_allows_private_addresses():
    with pytest.raises(CallbackRefused, match="non-public"):
        check_callback("https://cms.newsroom.org/", ["*.newsroom.org"], resolve=resolver("10.0.0.5"))


def test_explicit_entries_allow_private_addresses():
    assert check_callback("http://127.0.0.1:9000/h", ["127.0.0.1"]).addresses == ("127.0.0.1",)
    assert check_callback("http://localhost:9000/h", ["localhost"], resolve=resolver("127.0.0.1", "::1"))
    assert check_callback("http://[::1]:9000/h", ["::1"]).host == "::1"
    assert check_callback("http://10.1.2.3/h", ["10.1.0.0/16"])
    # a network entry also allows names that resolve into it
    assert check_callback(
        "http://hooks.internal/h", ["*.internal", "10.1.0.0/16"], resolve=resolver("10.1.9.9")
    )
    # but only the entry named: 127.0.0.1 does not open 127.0.0.2 or localhost
    for url in ("http://127.0.0.2/h", "http://localhost/h"):
        with pytest.raises(CallbackRefused):
            check_callback(url, ["127.0.0.1"], resolve=resolver("127.0.0.1"))


def test_real_resolution_of_localhost_is_refused():
    with pytest.raises(CallbackRefused):
        check_callback("http://localhost:8000/h", [])


@pytest.mark.parametrize(
    "url",
    [
        "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
        "http://[2002:a00:1::]/",  # 6to4 of 10.0.0.1
        "http://[2002:a9fe:a9fe::1]/",  # 6to4 of 169.254.169.254 (cloud metadata)
        "http://[::ffff:7f00:1]/",  # IPv4-mapped 127.0.0.1, hex form
        "http://[::ffff:192.168.0.1]/",  # IPv4-mapped
        "http://[64:ff9b::7f00:1]/",  # NAT64 (well-known prefix) of 127.0.0.1
        "http://[64:ff9b::192.168.1.1]/",
        "http://[64:ff9b:1::a00:1]/",  # NAT64 local-use prefix (RFC 8215) of 10.0.0.1
        "http://[::127.0.0.1]/",  # IPv4-compatible (deprecated) loopback
        "http://[::10.0.0.1]/",
        "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",  # Teredo: client 127.0.0.1
        "http://[2001:0:a00:1::1]/",  # Teredo: server 10.0.0.1
    ],
)
def test_private_addresses_hidden_in_ipv6_are_refused(url):
    with pytest.raises(CallbackRefused, match="non-public"):
        check_callback(url, [], resolve=PUBLIC)
    host = url.split("[", 1)[1].split("]", 1)[0]
    with pytest.raises(CallbackRefused, match="non-public"):
        check_callback("https://hooks.example.com/x", [], resolve=resolver(host))


@pytest.mark.parametrize("address", ["2002:5db8:d822::1", "64:ff9b::808:808", "::ffff:8.8.8.8"])
def test_public_addresses_in_ipv6_forms_pass(address):
    assert is_public(ipaddress.ip_address(address))
