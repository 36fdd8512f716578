"""Which attachments may be opened straight away, and the file name they get on disk.

Attachments come from outside: a complainant's e-mail, a contact form. Opening one means
handing it to the computer's own program for that type — for a program or a script that
is *running* it, with the rights of the civil servant who clicked. So programs, scripts,
shortcuts and installers are never opened directly (only saved, with a warning that says
why), and neither is a name with bidirectional control characters: a right-to-left
override turns ``brief\\u202efdp.exe`` into what the screen shows as "brief exe.pdf".

A name is also cleaned before it becomes a file: control and direction characters out,
characters that Windows refuses replaced, Windows' reserved device names defused, and the
name shortened (extension kept) so that the temporary copy, whose folder and temporary
suffix come on top, never exceeds what a file system accepts.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from pathlib import PurePosixPath

MAX_NAME_LENGTH = 120  # characters, extension included
# Linux and macOS count a name's bytes (255); a temporary copy adds about 20 to it.
MAX_NAME_BYTES = 200
MAX_EXTENSION_LENGTH = 20  # a longer "extension" is part of the name
FALLBACK_STEM = "bijlage"

# Bidirectional formatting (U+202A-U+202E, U+2066-U+2069), the direction marks (U+200E,
# U+200F) and the Arabic letter mark (U+061C): invisible, and able to reorder a name.
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# C0, C1, DEL, and invisible characters that hide what a name really is.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2028\u2029\u2060\ufeff]")
_RESERVED = re.compile(r'[\\/:*?"<>|]')
_WINDOWS_DEVICES = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# What Windows, macOS or a Linux desktop runs or installs when the file is opened:
# Microsoft's list of attachment types Outlook blocks, plus the Unix and macOS ones.
EXECUTABLE_EXTENSIONS = _words(
    """
    ade adp app application appref-ms appx appxbundle arj asp aspx asx bas bat bgi cab cer
    chm cmd cnt com cpl crt csh der diagcab dll drv exe fxp gadget grp hlp hpj hta htc
    inf ins isp its jar jnlp js jse ksh lnk mad maf mag mam maq mar mas mat mau mav maw mcf
    mda mdb mde mdt mdw mdz msc msh msh1 msh2 mshxml msh1xml msh2xml msi msix msixbundle
    msp mst msu ocx ops osd pcd pif pl plg prf prg printerexport ps1 ps1xml ps2 ps2xml
    psc1 psc2 psd1 psm1 pssc py pyc pyo pyw pyz pyzw reg scf scr sct search-ms
    searchconnector-ms settingcontent-ms shb shs sys theme tmp url vb vbe vbp vbs vhd vhdx
    vsmacros vsw webpnp website ws wsb wsc wsf wsh xbap xll xnk
    sh bash zsh fish command tool desktop run bin appimage flatpakref snap deb rpm
    pkg mpkg dmg workflow scpt scptd applescript action terminal
    iso img
    """
)
EXECUTABLE_MEDIA_TYPES = _words(
    """
    application/x-msdownload application/x-msdos-program application/x-dosexec
    application/vnd.microsoft.portable-executable application/x-ms-installer
    application/x-msi application/x-ms-shortcut application/x-ms-application
    application/x-bat application/x-sh application/x-shellscript text/x-shellscript
    application/x-csh application/javascript application/x-javascript text/javascript
    text/jscript text/vbscript application/x-vbscript application/hta
    application/java-archive application/x-java-archive application/x-java-jnlp-file
    application/x-executable application/x-elf application/x-mach-binary
    application/x-sharedlib application/x-desktop application/x-apple-diskimage
    application/x-iso9660-image application/x-python-code text/x-python
    application/x-powershell application/x-msmetafile application/x-ms-wim
    application/vnd.ms-cab-compressed application/x-debian-package application/x-rpm
    application/x-redhat-package-manager application/x-appimage
    """
)


class OpeningRisk(StrEnum):
    """Why an attachment is only saved, never opened directly (the screen says it in Dutch)."""

    EXECUTABLE = "executable"  # a program, script, shortcut or installer
    HIDDEN_DIRECTION = "hidden_direction"  # the name can show something else than it is


def opening_risk(file_name: str, media_type: str | None = None) -> OpeningRisk | None:
    """None when the attachment may be opened in the computer's own program."""
    if BIDI_CONTROLS.search(file_name):
        return OpeningRisk.HIDDEN_DIRECTION
    if extension_of(clean_file_name(file_name)) in EXECUTABLE_EXTENSIONS:
        return OpeningRisk.EXECUTABLE
    if media_type and media_type.split(";")[0].strip().lower() in EXECUTABLE_MEDIA_TYPES:
        return OpeningRisk.EXECUTABLE
    return None


def extension_of(file_name: str) -> str:
    """The extension without the dot, in lower case ("" for none)."""
    _stem, extension = _split(file_name)
    return extension[1:].lower()


def display_name(file_name: str) -> str:
    """The name as a list shows it: without the characters that hide what it is."""
    shown = _INVISIBLE.sub("", BIDI_CONTROLS.sub("", file_name))
    return unicodedata.normalize("NFC", shown)


def clean_file_name(file_name: str, max_length: int = MAX_NAME_LENGTH) -> str:
    """A file name every file system accepts, that shows what it is, with its extension
    kept and at most ``max_length`` characters (and ``MAX_NAME_BYTES`` bytes in UTF-8)."""
    name = display_name(file_name).replace("\\", "/")
    name = PurePosixPath(name).name if "/" in name else name  # no folders
    name = _RESERVED.sub("_", name)
    # Windows drops trailing dots and spaces ("brief.exe." runs as brief.exe).
    name = name.strip().rstrip(". ").lstrip(" ")
    stem, extension = _split(name)
    stem = stem.strip() or FALLBACK_STEM
    if _WINDOWS_DEVICES.match(stem.split(".")[0].lower()):
        stem = "_" + stem
    stem = _shortened(stem, max_length - len(extension), MAX_NAME_BYTES - _bytes(extension))
    return stem + extension


def _split(name: str) -> tuple[str, str]:
    """(stem, ".ext"); a leading dot, or an "extension" too long to be one, is no extension."""
    dot = name.rfind(".")
    if dot <= 0 or len(name) - dot - 1 > MAX_EXTENSION_LENGTH or dot == len(name) - 1:
        return name, ""
    extension = name[dot:]
    if " " in extension:
        return name, ""
    return name[:dot], extension


def _bytes(text: str) -> int:
    return len(text.encode("utf-8"))


def _shortened(stem: str, max_chars: int, max_bytes: int) -> str:
    if len(stem) <= max_chars and _bytes(stem) <= max_bytes:
        return stem
    # "…" marks that the name was cut (one character, three bytes).
    cut = stem[: max(1, max_chars - 1)]
    while cut and _bytes(cut) + 3 > max_bytes:
        cut = cut[:-1]
    return cut.rstrip(" .") + "…"
