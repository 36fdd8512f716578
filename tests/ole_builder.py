"""A minimal OLE compound file writer, only for test fixtures (olefile can read, not write).

It writes version 3 files (512-byte sectors) with a mini stream for streams under 4096 bytes,
which is what Outlook writes for a .msg; enough to build invented messages in the tests.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE = 0xFFFFFFFF
END = 0xFFFFFFFE
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF

Tree = dict[str, "bytes | Tree"]


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    start: int = END
    right: int = NO_STREAM
    child: int = NO_STREAM


def _flatten(tree: Tree) -> list[_Entry]:
    entries = [_Entry("Root Entry", 5)]

    def add(parent: int, subtree: Tree) -> None:
        for name, value in subtree.items():
            index = len(entries)
            if isinstance(value, dict):
                entries.append(_Entry(name, 1))
                entries[parent].children.append(index)
                add(index, value)
            else:
                entries.append(_Entry(name, 2, data=value))
                entries[parent].children.append(index)

    add(0, tree)
    # Siblings as a right-leaning chain: a valid (if unbalanced) tree for any reader.
    for entry in entries:
        if entry.children:
            entry.child = entry.children[0]
            for left, right in zip(entry.children, entry.children[1:], strict=False):
                entries[left].right = right
    return entries


def _sectors(data: bytes, size: int) -> list[bytes]:
    padded = data + b"\0" * (-len(data) % size)
    return [padded[i : i + size] for i in range(0, len(padded), size)]


def build_compound_file(tree: Tree) -> bytes:
    entries = _flatten(tree)
    sectors: list[bytes] = []
    fat: list[int] = []

    def allocate(data: bytes) -> int:
        chunks = _sectors(data, SECTOR)
        if not chunks:
            return END
        first = len(sectors)
        for offset, chunk in enumerate(chunks):
            sectors.append(chunk)
            fat.append(first + offset + 1 if offset < len(chunks) - 1 else END)
        return first

    mini_stream = b""
    mini_fat: list[int] = []
    for entry in entries:
        if entry.kind != 2 or not entry.data:
            continue
        if len(entry.data) < MINI_CUTOFF:
            chunks = _sectors(entry.data, MINI_SECTOR)
            first = len(mini_fat)
            for offset in range(len(chunks)):
                mini_fat.append(first + offset + 1 if offset < len(chunks) - 1 else END)
            mini_stream += b"".join(chunks)
            entry.start = first
        else:
            entry.start = allocate(entry.data)
    entries[0].start = allocate(mini_stream) if mini_stream else END
    entries[0].data = mini_stream
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    mini_fat_start = allocate(mini_fat_bytes) if mini_fat else END
    mini_fat_count = len(_sectors(mini_fat_bytes, SECTOR))

    directory = b""
    for entry in entries:
        name = entry.name.encode("utf-16-le") + b"\0\0"
        size = len(entry.data) if entry.kind != 1 else 0
        start = entry.start if entry.kind != 1 else 0
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ",
            name,
            len(name),
            entry.kind,
            1,  # black
            NO_STREAM,
            entry.right,
            entry.child,
            b"\0" * 16,
            0,
            0,
            0,
            start,
            size,
        )
    directory_start = allocate(directory)

    # The FAT covers its own sectors too.
    fat_count = 1
    while (len(sectors) + fat_count) > fat_count * (SECTOR // 4):
        fat_count += 1
    fat_first = len(sectors)
    fat.extend([FAT_SECTOR] * fat_count)
    fat.extend([FREE] * (fat_count * (SECTOR // 4) - len(fat)))
    sectors.extend(_sectors(struct.pack(f"<{len(fat)}I", *fat), SECTOR))
    assert fat_count <= 109, "fixture too large for a header-only DIFAT"
    difat = [fat_first + i for i in range(fat_count)] + [FREE] * (109 - fat_count)

    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        bytes.fromhex("D0CF11E0A1B11AE1"),
        b"\0" * 16,
        0x003E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        fat_count,
        directory_start,
        0,
        MINI_CUTOFF,
        mini_fat_start,
        mini_fat_count,
        END,
        0,
    )
    header += struct.pack("<109I", *difat)
    assert len(header) == SECTOR
    return header + b"".join(sectors)


# ----- Outlook .msg ------------------------------------------------------------------------


def _filetime(moment: datetime) -> bytes:
    delta = moment - datetime(1601, 1, 1, tzinfo=UTC)
    ticks = (delta.days * 86400 + delta.seconds) * 10_000_000 + delta.microseconds * 10
    return struct.pack("<Q", ticks)


def _properties(header: int, fixed: dict[int, tuple[int, bytes]]) -> bytes:
    data = b"\0" * header
    for property_id, (kind, value) in fixed.items():
        data += struct.pack("<II", (property_id << 16) | kind, 6) + value.ljust(8, b"\0")
    return data


def _unicode(text: str) -> bytes:
    return text.encode("utf-16-le") + b"\0\0"


def build_msg(
    *,
    subject: str,
    body: str,
    sender_name: str,
    sender_address: str,
    delivered: datetime,
    attachments: tuple[tuple[str, bytes], ...] = (),
    eight_bit_subject: bool = False,
    code_page: int = 1252,
) -> bytes:
    """An invented Outlook message with the properties Outlook writes for a received mail;
    an 8-bit subject is written in ``code_page``, which the message then names."""
    fixed = {0x0E06: (0x0040, _filetime(delivered))}
    if eight_bit_subject:
        fixed[0x3FFD] = (0x0003, struct.pack("<I", code_page))  # PR_MESSAGE_CODEPAGE
    tree: Tree = {
        "__properties_version1.0": _properties(32, fixed),
        "__substg1.0_1000001F": _unicode(body),
        "__substg1.0_0C1A001F": _unicode(sender_name),
        "__substg1.0_0C1F001F": _unicode("/O=EXCHANGELABS/OU=INVENTED/CN=RECIPIENTS/CN=X"),
        "__substg1.0_5D01001F": _unicode(sender_address),
    }
    if eight_bit_subject:
        tree["__substg1.0_0037001E"] = subject.encode(f"cp{code_page}")
    else:
        tree["__substg1.0_0037001F"] = _unicode(subject)
    for number, (name, data) in enumerate(attachments):
        tree[f"__attach_version1.0_#{number:08X}"] = {
            "__properties_version1.0": _properties(8, {0x0E21: (0x0003, struct.pack("<I", 0))}),
            "__substg1.0_3707001F": _unicode(name),
            "__substg1.0_37010102": data,
        }
    return build_compound_file(tree)
