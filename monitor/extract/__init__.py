"""Read government web pages: a column's list items and their dates, pager, navigation, links.

Extraction is pure: a function of the page text, its URL and the date the caller says it is;
it never does I/O nor reads the clock. ``extract_page`` reads an HTML page; ``extract_data``
reads the answer of the list API a script-rendered page names in its ``data_url``. Nothing
here raises on bad input: malformed, truncated or binary text gives a page with fewer findings
(and its ``problems``), never an exception.
"""

from monitor.extract._data import extract_data
from monitor.extract._guides import Guide, extract_guide
from monitor.extract._identity import extract_identity
from monitor.extract._messages import Message, extract_messages
from monitor.extract._model import (
    KINDS,
    Article,
    Item,
    Link,
    NavLink,
    PageExtract,
    to_inspect_json,
)
from monitor.extract._page import extract_page
from monitor.extract._search import (
    SearchForm,
    SearchResults,
    find_search,
    has_search_box,
    read_results,
    search_query,
)
from monitor.extract._services import ServiceEntry, service_entries
from monitor.extract._security import (
    Dictionaries,
    Signal,
    dictionaries_from_config,
    scan_page,
)
from monitor.extract._vocab import BLANK_PLACEHOLDERS, NOT_FOUND_PHRASES

__all__ = [
    "BLANK_PLACEHOLDERS",
    "Dictionaries",
    "Guide",
    "Message",
    "KINDS",
    "NOT_FOUND_PHRASES",
    "Article",
    "Item",
    "Link",
    "NavLink",
    "PageExtract",
    "SearchForm",
    "SearchResults",
    "ServiceEntry",
    "Signal",
    "dictionaries_from_config",
    "extract_data",
    "extract_guide",
    "extract_identity",
    "extract_messages",
    "extract_page",
    "find_search",
    "has_search_box",
    "read_results",
    "search_query",
    "service_entries",
    "scan_page",
    "to_inspect_json",
]
