"""Turn the raw bytes of an HTML page into text, choosing the encoding the way the page means it.

Chinese government sites are a mix of UTF-8 and GBK-family pages, and their declarations are
often wrong: old TRS/Hanweb templates declare gb2312 but use GBK-only characters (堃, 镕, 珺),
and some templates declare gb2312 while serving UTF-8. Pure function, no I/O.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

__all__ = ["Decoded", "charset_from_content_type", "decode_html", "decode_report", "normalize_encoding"]

# How far into the document to look for a <meta> declaration. The HTML standard's prescan uses
# 1 KB, but CMS templates often put long comments and scripts before their <meta>.
META_SCAN_BYTES = 4096

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels seen in the wild that Python's codec registry does not know.
_EXTRA_ALIASES = {
    "x-gbk": "gbk",
    "gb_2312-80": "gb2312",
    "gb_2312": "gb2312",
    "x-gb18030": "gb18030",
    "x-euc-cn": "gb2312",
}

# GB18030 is a strict superset of GB2312 and GBK, so reading every GB page with it recovers the
# GBK-only characters that pages declared as gb2312 really contain.
_GB_FAMILY = {"gb2312", "gbk", "gb18030"}

_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)


def normalize_encoding(label: str | None) -> str | None:
    """Return the lowercase Python codec name for an encoding label, or None if it is unknown.

    GB2312 and GBK (under any of their aliases) come back as "gb18030".
    """
    if not label:
        return None
    cleaned = label.strip().strip("\"'").lower()
    cleaned = _EXTRA_ALIASES.get(cleaned, cleaned)
    try:
        info = codecs.lookup(cleaned)
    except LookupError:
        return None
    # The registry also holds bytes-to-bytes codecs ("base64", "zlib") that bytes.decode refuses.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return "gb18030" if info.name in _GB_FAMILY else info.name


def charset_from_content_type(value: str | None) -> str | None:
    """Return the normalised charset named by a Content-Type header value, or None."""
    if not value:
        return None
    match = _CHARSET_PARAM.search(value.encode("latin-1", errors="replace"))
    return normalize_encoding(match.group(1).decode("ascii")) if match else None


@dataclass(frozen=True)
class Decoded:
    """A decoded page: its text, the encoding read, what the server or page declared (the label
    as written, lowercased, header first; None when nothing was declared) and what was wrong."""

    text: str
    encoding: str
    declared: str | None
    problems: tuple[str, ...]


def decode_html(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML document and return (text, encoding name). Never raises.

    Order: byte-order mark; charset in the Content-Type header; <meta> charset in the first
    4 KB; detection; UTF-8 with replacement characters. A declaration is only used if the bytes
    are valid in it. A declared legacy charset loses to UTF-8 when the bytes are valid UTF-8
    with non-ASCII content, because that combination means the declaration is a template bug,
    not that the text is GBK (short UTF-8 Chinese is often also valid, as mojibake, in GB18030).
    """
    decoded = decode_report(content, content_type)
    return decoded.text, decoded.encoding


def decode_report(content: bytes, content_type: str | None = None) -> Decoded:
    """Decode as decode_html does, and say what was declared and what was wrong. Never raises.

    Problems are short phrases: "declared gb2312 but the bytes are utf-8", "Content-Type says
    utf-8 but the meta says gbk", "unknown charset x-foo declared", "no charset declared;
    detected gb18030", "invalid bytes replaced (12)".
    """
    header = _header_label(content_type)
    meta = _meta_label(content)
    declared = header or meta
    problems: list[str] = []
    names: list[str] = []
    for label in (header, meta):
        if label is None:
            continue
        name = normalize_encoding(label)
        if name is None:
            problems.append(f"unknown charset {label} declared")
            continue
        usable = _ascii_compatible(name, content)
        if usable != name:
            problems.append(f"declared {label} but the bytes are not {name}; read as {usable}")
        names.append(usable)
    if len(set(names)) > 1 and header and meta:
        problems.append(f"Content-Type says {header} but the meta says {meta}")

    for bom, name in _BOMS:
        if content.startswith(bom):
            return _decoded(content[len(bom) :], name, declared, problems, mismatch=names)

    as_utf8 = _strict(content, "utf-8")
    if names:
        if as_utf8 is not None and not content.isascii():
            if names[0] != "utf-8":
                problems.append(f"declared {declared} but the bytes are utf-8")
            return Decoded(as_utf8, "utf-8", declared, tuple(problems))
        for name in names:
            text = _strict(content, name)
            if text is not None:
                return Decoded(text, name, declared, tuple(problems))
        # Every declaration is wrong somewhere (e.g. a server-wide "charset=utf-8" on a GBK
        # site). Trust detection only if it explains every byte; otherwise a few bad bytes in a
        # page that is mostly what it declares are best shown as replacement characters.
        detected = _detect(content)
        if detected is not None:
            text = _strict(content, detected)
            if text is not None:
                problems.append(f"declared {declared} but the bytes are {detected}")
                return Decoded(text, detected, declared, tuple(problems))
        return _decoded(content, names[0], declared, problems)

    if as_utf8 is not None:
        if not content.isascii():
            problems.append("no charset declared; detected utf-8")
        return Decoded(as_utf8, "utf-8", declared, tuple(problems))
    detected = _detect(content)
    if detected is not None:
        problems.append(f"no charset declared; detected {detected}")
        return _decoded(content, detected, declared, problems)
    problems.append("no charset declared and none detected")
    return _decoded(content, "utf-8", declared, problems)


def _decoded(
    content: bytes, name: str, declared: str | None, problems: list[str], mismatch: list[str] | None = None
) -> Decoded:
    """Decode with replacement characters, counting the invalid bytes replaced."""
    text = content.decode(name, errors="replace")
    strict = _strict(content, name)
    if strict is None:
        replaced = text.count("\ufffd") - content.decode(name, errors="ignore").count("\ufffd")
        problems.append(f"invalid bytes replaced ({replaced})")
    if mismatch and name not in mismatch:
        problems.append(f"declared {declared} but the byte-order mark says {name}")
    return Decoded(text, name, declared, tuple(problems))


def _header_label(content_type: str | None) -> str | None:
    """The charset label of a Content-Type header value as written (lowercased), or None."""
    if not content_type:
        return None
    match = _CHARSET_PARAM.search(content_type.encode("latin-1", errors="replace"))
    return match.group(1).decode("ascii").lower() if match else None


def _meta_label(content: bytes) -> str | None:
    """The charset label of the first <meta> declaring one (as written, lowercased), or None.

    A meta naming a charset nobody knows gives way to a later one that names a known charset.
    """
    unknown: str | None = None
    for tag in _META_TAG.finditer(content[:META_SCAN_BYTES]):
        match = _CHARSET_PARAM.search(tag.group(0))
        if match is None:
            continue
        label = match.group(1).decode("ascii").lower()
        if normalize_encoding(label) is not None:
            return label
        unknown = unknown or label
    return unknown


def _ascii_compatible(name: str, content: bytes) -> str:
    """UTF-8 instead of a UTF-16/32 declaration on bytes that are plainly not UTF-16/32.

    Without a BOM, a page whose markup reads as ASCII is not UTF-16/32 whatever it declares;
    the HTML standard reads such a declaration as UTF-8.
    """
    if name.startswith(("utf-16", "utf-32")) and b"\x00" not in content[:META_SCAN_BYTES]:
        return "utf-8"
    return name


def _strict(content: bytes, encoding: str) -> str | None:
    """The text if every byte is valid in the encoding, else None."""
    try:
        return content.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect(content: bytes) -> str | None:
    best = from_bytes(content).best()
    if best is None:
        return None
    return normalize_encoding(best.encoding)
