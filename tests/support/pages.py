"""Every page of an encrypted database file and of its write-ahead log, decrypted: free pages
and old log frames included, which no SQL query shows (SQLCipher 4 defaults: 4096-byte
pages, AES-256-CBC, 80 reserved bytes per page holding the IV then the HMAC)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _page(raw_key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body, iv = page[start : PAGE - RESERVE], page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path, raw_key: bytes) -> bytes:
    """The decrypted bytes of every page of *path* (a database) and of its ``-wal``."""
    out = bytearray()
    data = path.read_bytes()
    for number, offset in enumerate(range(0, len(data) - PAGE + 1, PAGE)):
        out += _page(raw_key, data[offset : offset + PAGE], first=number == 0)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        log = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(log):
            number = int.from_bytes(log[offset : offset + 4], "big")
            frame = log[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            out += _page(raw_key, frame, first=number == 1)
            offset += FRAME_HEADER + PAGE
    return bytes(out)
