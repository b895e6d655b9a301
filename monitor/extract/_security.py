"""Content-security signals of one page (site.security): wrong names, forbidden terms, hidden links.

Pure and fast: every crawled page goes through here. Each dictionary is compiled once, when a
``Dictionaries`` is built, into one regex shaped as a character trie (a single left-to-right
pass, longest form first at each position); the page is parsed once.

- A **wrong name** (习近兵 for 习近平) hits anywhere in the visible text, except inside an
  occurrence of any right form: right and wrong forms are matched by the same pass, the longest
  form at each position wins and a right form consumes its characters. A text that writes every
  name right therefore never hits, even when a wrong form is a piece of a right one.
- A **forbidden term** hits anywhere (Chinese has no word boundaries), except inside an
  *allowed term* that contains it (反对台独 for 台独), by the same mechanism. An ASCII term hits
  only as a whole word (sex does not hit Essex).
- A **hidden link** is an ``<a href>`` (or ``<iframe src>``) hidden by CSS or markup that points to
  another site, not a trusted one, whose host or text looks like gambling, porn or lottery spam.
  Hidden menus, tab panes and dropdowns are everywhere on government sites: a hidden link to the
  site itself or to a normal domain is never a signal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.extract._dom import norm

KINDS = ("wrong_name", "forbidden_term", "hidden_link")

# Anchor or title text of spam links. Chinese words match anywhere in the text, ASCII ones as whole
# words. Bare 成人/真人/棋牌 name adult education, 真人秀 or the sports centre, so only their spam
# compounds are here; 彩票 stays (the lottery centres' gov.cn hosts are trusted).
DEFAULT_SPAM_WORDS: tuple[str, ...] = (
    "博彩", "娱乐城", "彩票", "百家乐", "六合彩", "时时彩", "北京赛车", "体育投注", "投注", "下注",
    "赌场", "赌博", "赌球", "网赌", "老虎机", "电子游艺", "捕鱼游戏", "彩金", "菠菜", "葡京", "威尼斯人",
    "金沙娱乐", "太阳城", "皇冠体育", "开户送", "真人视讯", "真人娱乐", "真人荷官", "棋牌游戏", "棋牌娱乐",
    "网上棋牌", "德州扑克", "成人网", "成人电影", "成人视频", "成人影", "色情", "黄色网", "裸聊", "约炮",
    "av", "bet", "casino", "poker", "porn", "baccarat", "sex", "xxx",
)
# Regexes over a link's lowercased host.
DEFAULT_SUSPICIOUS_DOMAINS: tuple[str, ...] = (
    r"casino", r"poker", r"porn", r"baccarat", r"bocai", r"caipiao", r"dubo", r"duchang", r"baijiale",
    r"liuhecai", r"lhc\d", r"xpj", r"pujing", r"amjs", r"weinisiren", r"wnsr", r"huangguan", r"hg\d{3,}",
    r"yulecheng", r"ylc\d", r"qipai", r"zhenren", r"ssc\d", r"pk10",
    r"bet\d", r"\dbet", r"sbobet", r"(?:^|[.-])bet[.-]", r"(?:^|[.\d-])sex", r"xxx",
    r"(?:^|[.-])av\d|\dav(?:[.-]|\d)|(?:^|[.-])av[.-]",
    r"\.(?:bet|casino|poker|porn|sex|sexy|xxx|adult)$",
)
# Hosts never taken for spam (a hidden 友情链接 dropdown to 中国福利彩票 is not a dark link).
DEFAULT_TRUSTED_DOMAINS: tuple[str, ...] = (
    "gov.cn", "gov", "mil.cn", "edu.cn", "people.com.cn", "xinhuanet.com", "news.cn", "cctv.com",
    "12371.cn", "qstheory.cn",
)

_CONTEXT = 20  # characters either side of a text hit
_LINK_CONTEXT = 40  # characters of a hidden link's text shown
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Signal:
    """One finding on a page: kind (see KINDS), what matched, and a short excerpt around it.

    match is the wrong form, the forbidden term, or the hidden link's URL.
    """

    kind: str
    match: str
    context: str


@dataclass(frozen=True, eq=False)
class Dictionaries:
    """What the scans look for. Built once per configuration; compiles its patterns on creation.

    wrong_names maps a wrong form to its right form; forbidden_terms hit unless inside one of the
    allowed_terms; spam_words, suspicious_domains (regexes over the host) and trusted_domains
    (a host or its parent domain) decide which hidden links are spam.
    """

    wrong_names: Mapping[str, str]
    forbidden_terms: tuple[str, ...]
    suspicious_domains: tuple[str, ...] = DEFAULT_SUSPICIOUS_DOMAINS
    spam_words: tuple[str, ...] = DEFAULT_SPAM_WORDS
    trusted_domains: tuple[str, ...] = DEFAULT_TRUSTED_DOMAINS
    allowed_terms: tuple[str, ...] = ()
    _names: re.Pattern[str] | None = field(init=False, repr=False)
    _wrong: frozenset[str] = field(init=False, repr=False)
    _terms: re.Pattern[str] | None = field(init=False, repr=False)
    _forbidden: Mapping[str, str] = field(init=False, repr=False)
    _spam_text: re.Pattern[str] | None = field(init=False, repr=False)
    _spam_host: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        wrong = {w: r for w, r in self.wrong_names.items() if w and r}
        rights = set(wrong.values())
        set_ = object.__setattr__
        set_(self, "wrong_names", MappingProxyType(wrong))
        # A form that is someone's right form is never wrong.
        set_(self, "_wrong", frozenset(wrong) - rights)
        set_(self, "_names", _trie_regex(set(wrong) | rights, 0))
        allowed = {t.lower() for t in self.allowed_terms if t}
        forbidden = {t.lower(): t for t in self.forbidden_terms if t and t.lower() not in allowed}
        set_(self, "_forbidden", MappingProxyType(forbidden))
        set_(self, "_terms", _trie_regex(set(forbidden) | allowed, re.IGNORECASE))
        set_(self, "_spam_text", _words_regex(self.spam_words))
        domains = [d for d in self.suspicious_domains if d]
        set_(self, "_spam_host", re.compile("|".join(f"(?:{d})" for d in domains)) if domains else None)

    def wrong(self, form: str) -> bool:
        return form in self._wrong

    def forbidden(self, term: str) -> str | None:
        """The configured spelling of a matched forbidden term, None for an allowed term."""
        return self._forbidden.get(term.lower())

    def spam_text(self, text: str) -> bool:
        return self._spam_text is not None and self._spam_text.search(text) is not None

    def spam_host(self, host: str) -> bool:
        return self._spam_host is not None and self._spam_host.search(host) is not None

    def trusted(self, host: str) -> bool:
        return any(host == d or host.endswith("." + d) for d in self.trusted_domains)


def _trie_regex(words: Iterable[str], flags: int) -> re.Pattern[str] | None:
    """One regex matching any of the words, longest first at each position (a character trie)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word.lower() if flags & re.IGNORECASE else word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return None

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy optional: a longer word through this node is tried before stopping here.
        return f"(?:{body})?" if "" in node else body

    return re.compile(build(trie), flags)


def _words_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """Spam words: Chinese ones anywhere, ASCII ones as whole words; case-insensitive."""
    parts = []
    for word in sorted({w.lower() for w in words if w}, key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(f"(?<![a-z]){escaped}(?![a-z])" if word.isascii() else escaped)
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def dictionaries_from_config(mapping: Mapping[str, Any] | None) -> Dictionaries:
    """Dictionaries from the plain ``security:`` config section.

    Keys (all optional): wrong_names {wrong: right}, forbidden_terms, allowed_terms, and
    spam_words, suspicious_domains, trusted_domains, which add to the defaults. ValueError names
    an unknown key, a value of the wrong type or a domain pattern that is not a valid regex.
    """
    mapping = dict(mapping or {})
    known = ("wrong_names", "forbidden_terms", "allowed_terms", "spam_words", "suspicious_domains",
             "trusted_domains")
    unknown = sorted(set(mapping) - set(known))
    if unknown:
        raise ValueError(f"security: unknown key {unknown[0]!r} (known: {', '.join(known)})")
    names = mapping.get("wrong_names") or {}
    if not isinstance(names, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() for k, v in names.items()
    ):
        raise ValueError("security.wrong_names: expected a mapping of wrong form to right form (non-empty texts)")
    lists = {key: _texts(mapping, key) for key in known[1:]}
    for pattern in lists["suspicious_domains"]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"security.suspicious_domains: {pattern!r} is not a valid regex ({exc})") from None
    return Dictionaries(
        wrong_names={k.strip(): v.strip() for k, v in names.items()},
        forbidden_terms=lists["forbidden_terms"],
        allowed_terms=lists["allowed_terms"],
        spam_words=DEFAULT_SPAM_WORDS + lists["spam_words"],
        suspicious_domains=DEFAULT_SUSPICIOUS_DOMAINS + lists["suspicious_domains"],
        trusted_domains=DEFAULT_TRUSTED_DOMAINS + tuple(d.lower().strip(".") for d in lists["trusted_domains"]),
    )


def _texts(mapping: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = mapping.get(key) or []
    if isinstance(value, str) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"security.{key}: expected a list of non-empty texts")
    return tuple(v.strip() for v in value)


# --- Text ------------------------------------------------------------------------------------


def scan_text(text: str, dictionaries: Dictionaries) -> tuple[Signal, ...]:
    """Wrong names and forbidden terms in a page's visible text, one signal per distinct match."""
    found: dict[tuple[str, str], Signal] = {}
    names = dictionaries._names
    if names is not None:
        for hit in names.finditer(text):
            form = hit.group()
            if dictionaries.wrong(form) and ("wrong_name", form) not in found:
                found["wrong_name", form] = Signal("wrong_name", form, _context(text, hit.start(), hit.end()))
    terms = dictionaries._terms
    if terms is not None:
        for hit in terms.finditer(text):
            term = dictionaries.forbidden(hit.group())
            if term is None or ("forbidden_term", term) in found or not _whole_word(text, hit.start(), hit.end()):
                continue
            found["forbidden_term", term] = Signal("forbidden_term", term, _context(text, hit.start(), hit.end()))
    return tuple(found.values())


def _whole_word(text: str, start: int, end: int) -> bool:
    """A term must not continue an ASCII word on either side (sex in Essex); 台独 has no sides."""
    if _ASCII_LETTER.match(text[start]) and start > 0 and _ASCII_LETTER.match(text[start - 1]):
        return False
    return not (_ASCII_LETTER.match(text[end - 1]) and end < len(text) and _ASCII_LETTER.match(text[end]))


def _context(text: str, start: int, end: int) -> str:
    return _SPACE.sub(" ", text[max(0, start - _CONTEXT): end + _CONTEXT]).strip()


# Inline elements are unwrapped before reading the text so a name split by markup
# (习近<b>兵</b>) reads whole; block elements stay apart.
_INLINE_TAGS = ["a", "span", "b", "strong", "em", "i", "u", "font", "small", "big", "sub", "sup",
                "label", "abbr", "s", "strike", "ins", "mark", "q", "cite"]
_NOISE_TAGS = ["script", "style", "noscript", "template", "textarea"]


def visible_text(doc: LexborHTMLParser) -> str:
    """The text a reader sees (title and body; no scripts, styles or comments). Mutates doc."""
    doc.strip_tags(_NOISE_TAGS)
    doc.unwrap_tags(_INLINE_TAGS)
    root = doc.root
    if root is None:
        return ""
    root.merge_text_nodes()
    return root.text(separator="\n")


def scan_page(html: str, base_url: str | None, dictionaries: Dictionaries) -> tuple[Signal, ...]:
    """All signals of one page: hidden links, then wrong names and forbidden terms. Never raises."""
    try:
        doc = LexborHTMLParser(_clean(html))
        hidden = _hidden_links(doc, base_url, dictionaries)
        return hidden + scan_text(visible_text(doc), dictionaries)
    except (ValueError, RuntimeError, re.error):  # a parser edge case: no signal, never a crash
        return ()


def _clean(html: str) -> str:
    # Lone surrogates from a lenient decode cannot go to the parser; NULs are dropped.
    return html.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


# --- Hidden links ----------------------------------------------------------------------------

_HOST = re.compile(r"^\s*(?:https?:)?//([^/?#\s:\\]+)", re.IGNORECASE)
_SECOND_LEVEL = frozenset({"com", "net", "org", "gov", "edu", "ac", "mil", "co"})
_OFFSET_PX = 500  # left:-999px hides; an off-canvas menu at left:-250px is only a menu
_OFFSET_EM = 30
_TINY = 5  # a marquee or frame at most this many pixels high or wide shows nothing
_OFFSET = re.compile(
    r"(?:^|;)(left|top|right|bottom|margin-left|margin-top|text-indent):-(\d+(?:\.\d+)?)(px|pt|em|rem)?"
)
_FONT_ZERO = re.compile(r"(?:^|;)font-size:0(?:\.0+)?(?:px|pt|em|rem|%)?(?:!important)?(?:;|$)")
_ZERO_BOX = re.compile(r"(?:^|;)(?:max-)?(?:height|width):[01](?:px)?(?:!important)?(?:;|$)")
_OPACITY_ZERO = re.compile(r"(?:^|;)opacity:0(?:\.0+)?(?:!important)?(?:;|$)")
_SIZE = re.compile(r"(?:^|;)(height|width):(\d+(?:\.\d+)?)(?:px)?(?:!important)?(?:;|$)")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_BLOCK = re.compile(r"\{([^{}]*)\}")  # an innermost declaration block (inside @media too)
_CSS_LAST_COMPOUND = re.compile(r"[\s>+~]+")
_CSS_PSEUDO = re.compile(r"::?[\w-]+(?:\([^)]*\))?")
_CSS_CLASS = re.compile(r"\.([\w-]+)")
_CSS_ID = re.compile(r"#([\w-]+)")
_SCRIPT_HIDES = re.compile(
    r"getElementById\(\s*['\"]([\w-]+)['\"]\s*\)\.style\.(?:display\s*=\s*['\"]none|visibility\s*=\s*['\"]hidden)"
    r"|\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.(?:hide\(|css\(\s*['\"]display['\"]\s*,\s*['\"]none)"
)
_STOP_TAGS = frozenset({"body", "html", "-document"})


def find_hidden_links(
    html: str, base_url: str | None, dictionaries: Dictionaries | None = None
) -> tuple[Signal, ...]:
    """Hidden off-site spam links of a page, one signal per URL (match: the URL; context: the
    link's text and how it is hidden). Default spam patterns when no dictionaries are given."""
    try:
        return _hidden_links(LexborHTMLParser(_clean(html)), base_url, dictionaries or _DEFAULT)
    except (ValueError, RuntimeError, re.error):
        return ()


def _hidden_links(doc: LexborHTMLParser, base_url: str | None, dictionaries: Dictionaries) -> tuple[Signal, ...]:
    own = _site_of(base_url)
    candidates: list[tuple[LexborNode, str, str]] = []
    for node in doc.css("a[href], iframe[src]"):
        raw = node.attributes.get("href" if node.tag == "a" else "src") or ""
        found = _HOST.match(raw)
        if found is None:
            continue  # relative: the site itself
        host = found[1].lower().rstrip(".")
        if (own is not None and _site_of_host(host) == own) or dictionaries.trusted(host):
            continue
        text = norm(f"{node.text() if node.tag == 'a' else ''} {node.attributes.get('title') or ''}")
        if dictionaries.spam_host(host) or dictionaries.spam_text(text):
            url = raw.strip()
            candidates.append((node, url if not url.startswith("//") else "http:" + url, text))
    if not candidates:
        return ()
    hiding = _Hiding(doc)
    signals: dict[str, Signal] = {}
    for node, url, text in candidates:
        how = hiding.why(node)
        if how is not None and url not in signals:
            shown = text[:_LINK_CONTEXT] or node.tag or ""
            signals[url] = Signal("hidden_link", url, f"{shown}（{how}）")
    return tuple(signals.values())


class _Hiding:
    """Why a node is hidden (its own markup or an ancestor's), by inline style, attribute,
    a ``<style>`` class or id rule, or a script that hides an element by id."""

    def __init__(self, doc: LexborHTMLParser) -> None:
        self.classes: list[tuple[frozenset[str], str]] = []
        self.ids: dict[str, str] = {}
        for style in doc.css("style"):
            self._read_css(style.text())
        for script in doc.css("script"):
            for hit in _SCRIPT_HIDES.finditer(script.text()):
                self.ids.setdefault(hit[1] or hit[2], "脚本隐藏")
        self._memo: dict[int, str | None] = {}

    def _read_css(self, css: str) -> None:
        css = _CSS_COMMENT.sub("", css)
        for block in _CSS_BLOCK.finditer(css):
            how = _style_hiding(block[1])
            if how is None:
                continue
            start = block.start()
            selectors = css[max(css.rfind("{", 0, start), css.rfind("}", 0, start)) + 1: start]
            for selector in selectors.split(","):
                # The element a rule styles is its last compound; :not(.active) names no class it has.
                compound = _CSS_PSEUDO.sub("", _CSS_LAST_COMPOUND.split(selector.strip())[-1])
                classes = frozenset(_CSS_CLASS.findall(compound))
                if classes:
                    self.classes.append((classes, f".{'.'.join(sorted(classes))}{{{how}}}"))
                for ident in _CSS_ID.findall(compound):
                    self.ids.setdefault(ident, f"#{ident}{{{how}}}")

    def why(self, node: LexborNode | None) -> str | None:
        path: list[int] = []
        answer: str | None = None
        while node is not None and node.tag not in _STOP_TAGS:
            key = node.mem_id
            if key in self._memo:
                answer = self._memo[key]
                break
            path.append(key)
            answer = self._own(node)
            if answer is not None:
                break
            node = node.parent
        for key in path:
            self._memo[key] = answer
        return answer

    def _own(self, node: LexborNode) -> str | None:
        attrs = node.attributes
        if "hidden" in attrs:
            return "hidden"
        how = _style_hiding(attrs.get("style") or "")
        if how is not None:
            return how
        if node.tag in ("marquee", "iframe") and _tiny(attrs):
            return f"{node.tag}尺寸过小"
        ident = attrs.get("id")
        if ident and ident in self.ids:
            return self.ids[ident]
        if self.classes and attrs.get("class"):
            own = set((attrs.get("class") or "").split())
            for needed, how in self.classes:
                if needed <= own:
                    return how
        return None


def _style_hiding(style: str) -> str | None:
    """Which hiding technique a CSS declaration block uses, or None."""
    if not style:
        return None
    css = _SPACE.sub("", style.lower())
    if "display:none" in css:
        return "display:none"
    if "visibility:hidden" in css:
        return "visibility:hidden"
    for prop, value, unit in _OFFSET.findall(css):
        limit = _OFFSET_EM if unit in ("em", "rem") else _OFFSET_PX
        if float(value) >= limit:
            return f"{prop}:-{value}{unit}"
    if _FONT_ZERO.search(css):
        return "font-size:0"
    if "overflow:hidden" in css and _ZERO_BOX.search(css):
        return "尺寸为0且overflow:hidden"
    if _OPACITY_ZERO.search(css):
        return "opacity:0"
    return None


def _tiny(attrs: Mapping[str, str | None]) -> bool:
    sizes = [attrs.get("height"), attrs.get("width")]
    sizes += [value for _, value in _SIZE.findall(_SPACE.sub("", (attrs.get("style") or "").lower()))]
    for size in sizes:
        try:
            if size is not None and float(size.strip().removesuffix("px")) <= _TINY:
                return True
        except ValueError:
            continue
    return False


def _site_of(url: str | None) -> str | None:
    found = _HOST.match(url or "")
    return _site_of_host(found[1].lower().rstrip(".")) if found else None


def _site_of_host(host: str) -> str:
    """The registrable part of a host: example.gov.cn for www.example.gov.cn, example.com for a.example.com."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_DEFAULT = Dictionaries(wrong_names={}, forbidden_terms=())
