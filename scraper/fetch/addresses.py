"""Refusing private and loopback addresses (`FetchSettings.allow_private_addresses=False`).

For services that fetch URLs given by untrusted users (server-side request forgery). Checking the
host name before the request is not enough: DNS can answer differently a moment later, and a
redirect can point anywhere. So the check runs where the connection is made: `GuardedBackend`
resolves the host itself, refuses it if *any* address is not public, and connects to the address
it checked. It covers every hop of a redirect chain and the robots.txt fetch.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Iterable

import anyio
import httpcore
import httpx

from .errors import BlockedAddressError

__all__ = ["GuardedBackend", "guarded_transport", "is_public_address"]


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast IP (not private, loopback, link-local, multicast,
    reserved, shared/CGNAT, documentation ...). IPv4-mapped IPv6 is judged as its IPv4."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that only connects to public addresses."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._backend = backend or httpcore.AnyIOBackend()

    async def _resolve(self, host: str, port: int) -> list[str]:
        try:
            infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host!r}: {exc}") from exc
        addresses = [str(info[4][0]) for info in infos]
        blocked = [a for a in addresses if not is_public_address(a)]
        if blocked:
            raise BlockedAddressError(
                f"host {host!r} resolves to non-public address {blocked[0]}", address=blocked[0]
            )
        return list(dict.fromkeys(addresses))

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Resolve `host`, refuse non-public addresses, connect to the first that answers."""
        try:
            with anyio.fail_after(timeout):
                addresses = await self._resolve(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host!r} timed out") from exc
        error: Exception | None = None
        for address in addresses:
            try:
                return await self._backend.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Unix sockets are local by definition: refused."""
        raise BlockedAddressError(f"unix socket {path!r} refused", address=path)

    async def sleep(self, seconds: float) -> None:
        """Delegate to the wrapped backend."""
        await self._backend.sleep(seconds)


def guarded_transport(
    *, ssl_context: ssl.SSLContext, http2: bool, limits: httpx.Limits
) -> httpx.AsyncHTTPTransport:
    """An `httpx.AsyncHTTPTransport` whose connections go through `GuardedBackend`."""
    transport = httpx.AsyncHTTPTransport(verify=ssl_context, http2=http2, limits=limits)
    # httpx does not take a network backend; its pool does. Same arguments as httpx passes.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=http2,
        network_backend=GuardedBackend(),
    )
    return transport
