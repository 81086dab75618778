"""Problem statements as sanitised HTML for the browser.

    render_statement(statement, *, constants=(), asset_url=None) -> str
    render_markdown(text, *, asset_url=None) -> str
    render_latex(text, *, asset_url=None) -> str

Math stays TeX, for KaTeX in the browser: `<span class="math inline">` for inline math,
`<span class="math display">` (or `<div class="math display">` for a Markdown block) for
display math; the element's text is the TeX source. `asset_url` turns a file name relative to
the statement directory (an image) into the URL the page should load it from. Everything
passes through nh3 last, so no script, style or event handler survives.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

from assay.problems.model import Statement

AssetUrl = Callable[[str], str]

_ALLOWED_CLASSES = {"span": {"math", "inline", "display"}, "div": {"math", "display"}}
_EXTRA_ATTRIBUTES = {
    "img": {"src", "alt", "title", "width", "height"},
    "a": {"href", "title"},
    "th": {"style", "align", "colspan", "rowspan"},
    "td": {"style", "align", "colspan", "rowspan"},
}
_URL_SCHEMES = {"http", "https", "mailto"}


# ---------------------------------------------------------------------------------------------
# Entry points


def render_statement(
    statement: Statement,
    *,
    constants: Sequence[tuple[str, str]] = (),
    asset_url: AssetUrl | None = None,
) -> str:
    """The statement file as sanitised HTML (a PDF becomes a link to itself)."""
    if statement.format == "pdf":
        href = asset_url(statement.path.name) if asset_url else statement.path.name
        return sanitize(f'<p><a href="{html.escape(href)}">Problem statement (PDF)</a></p>')
    text = _substitute(statement.path.read_text(encoding="utf-8", errors="replace"), constants)
    if statement.format == "md":
        return render_markdown(text, asset_url=asset_url)
    if statement.format == "tex":
        return render_latex(text, asset_url=asset_url)
    if statement.format == "html":
        return sanitize(text, asset_url=asset_url)
    return sanitize(f"<pre>{html.escape(text, quote=False)}</pre>")


def render_markdown(text: str, *, asset_url: AssetUrl | None = None) -> str:
    """CommonMark with tables, strikethrough and `$..$` / `$$..$$` math; raw HTML is escaped."""
    return sanitize(_markdown().render(text), asset_url=asset_url)


def render_latex(text: str, *, asset_url: AssetUrl | None = None) -> str:
    """A best-effort reading of a LaTeX statement; never raises."""
    try:
        body = _LatexConverter(text, asset_url).convert()
    except (RecursionError, ValueError, IndexError):
        body = f"<pre>{html.escape(text, quote=False)}</pre>"
    return sanitize(body)


def sanitize(markup: str, *, asset_url: AssetUrl | None = None) -> str:
    """Keep formatting, links, images, tables and math spans; drop everything else."""

    def rewrite(tag: str, attribute: str, value: str) -> str | None:
        if asset_url is not None and tag == "img" and attribute == "src" and _is_relative(value):
            return asset_url(value)
        return value

    attributes = {**{k: set(v) for k, v in nh3.ALLOWED_ATTRIBUTES.items()}, **_EXTRA_ATTRIBUTES}
    cleaned = nh3.clean(
        markup,
        attributes=attributes,
        allowed_classes=_ALLOWED_CLASSES,
        attribute_filter=rewrite,
        url_schemes=_URL_SCHEMES,
        filter_style_properties={"text-align"},
    )
    return cleaned.replace(' class=""', "")  # left behind when every class was dropped


def _is_relative(url: str) -> bool:
    return not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^/", url)


def _substitute(text: str, constants: Sequence[tuple[str, str]]) -> str:
    """2025-09 constants: `{{name}}` becomes the value given in problem.yaml."""
    values = dict(constants)
    if not values:
        return text
    return re.sub(r"\{\{(\w+)\}\}", lambda m: values.get(m.group(1), m.group(0)), text)


# ---------------------------------------------------------------------------------------------
# Markdown


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    # Pandoc's rule: no space just inside the dollars, no digit right after the closing one.
    dollarmath_plugin(parser, allow_labels=False, allow_space=False, allow_digits=False)
    parser.add_render_rule("math_inline", _math_renderer("span", "inline"))
    parser.add_render_rule("math_inline_double", _math_renderer("span", "display"))
    parser.add_render_rule("math_block", _math_renderer("div", "display"))
    return parser


def _math_renderer(tag: str, mode: str) -> Callable[..., str]:
    def render(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        source = html.escape(tokens[idx].content.strip(), quote=False)
        return f'<{tag} class="math {mode}">{source}</{tag}>'

    return render


# ---------------------------------------------------------------------------------------------
# LaTeX: the subset problem statements use


_VERBATIM = re.compile(
    r"\\begin\{(verbatim|lstlisting)\}(?:\[[^\]]*\])?(.*?)\\end\{\1\}|\\verb(\W)(.*?)\3", re.DOTALL
)
_MATH = re.compile(
    r"\$\$(?P<d1>.+?)\$\$"
    r"|\\\[(?P<d2>.+?)\\\]"
    r"|(?P<d3>\\begin\{(?P<env>equation\*?|align\*?|gather\*?|multline\*?|displaymath|eqnarray\*?)\}"
    r".*?\\end\{(?P=env)\})"
    r"|(?<!\\)\$(?P<i1>(?:\\.|[^$\\])+?)\$"
    r"|\\\((?P<i2>.+?)\\\)",
    re.DOTALL,
)
_COMMENT = re.compile(r"(?<!\\)%.*$", re.MULTILINE)
_BLOCK = re.compile(
    r"\\(?P<cmd>section|subsection|subsubsection|paragraph)\*?\s*\{|\\begin\{(?P<env>[A-Za-z*]+)\}"
)
_HEADING_LEVEL = {"section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5}
_LISTS = {"itemize": "ul", "enumerate": "ol", "description": "ul"}
_TABLES = frozenset({"tabular", "tabular*", "tabularx", "array"})
_HEADING_ENVS = {"Input": "Input", "Output": "Output", "Interaction": "Interaction"}
_WRAPPERS = {
    "textbf": ("<strong>", "</strong>"),
    "bf": ("<strong>", "</strong>"),
    "emph": ("<em>", "</em>"),
    "textit": ("<em>", "</em>"),
    "textsl": ("<em>", "</em>"),
    "it": ("<em>", "</em>"),
    "texttt": ("<code>", "</code>"),
    "underline": ("<u>", "</u>"),
    "textsc": ("", ""),
    "textrm": ("", ""),
    "mbox": ("", ""),
    "text": ("", ""),
}
_DROPPED = {"problemname": 1, "illustration": 3, "label": 1, "vspace": 1, "hspace": 1}
_SYMBOLS = {
    "\\": "<br>",
    "newline": "<br>",
    "&": "&amp;",
    "%": "%",
    "$": "$",
    "_": "_",
    "#": "#",
    "{": "{",
    "}": "}",
    " ": " ",
    ",": "\u2009",
    "ldots": "\u2026",
    "dots": "\u2026",
    "textbackslash": "\\",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
}
_TYPOGRAPHY = (("---", "\u2014"), ("--", "\u2013"), ("``", "\u201c"), ("''", "\u201d"))


class _LatexConverter:
    """Verbatim and math are cut out first (as placeholders), then blocks, then inline text."""

    def __init__(self, source: str, asset_url: AssetUrl | None) -> None:
        self.source = source.replace("\0", "")
        self.asset_url = asset_url
        self.pieces: list[str] = []

    def convert(self) -> str:
        text = _VERBATIM.sub(self._verbatim, self.source)
        text = _COMMENT.sub("", text)
        text = _MATH.sub(self._math, text)
        body = "\n".join(self._blocks(text))
        return re.sub(r"\0(\d+)\0", lambda m: self.pieces[int(m.group(1))], body)

    def _hold(self, markup: str) -> str:
        self.pieces.append(markup)
        return f"\0{len(self.pieces) - 1}\0"

    def _verbatim(self, match: re.Match[str]) -> str:
        if match.group(1):
            return self._hold(
                f"<pre>{html.escape(match.group(2).strip(chr(10)), quote=False)}</pre>"
            )
        return self._hold(f"<code>{html.escape(match.group(4), quote=False)}</code>")

    def _math(self, match: re.Match[str]) -> str:
        display = match.group("d1") or match.group("d2") or match.group("d3")
        source = display if display is not None else match.group("i1") or match.group("i2") or ""
        mode = "display" if display is not None else "inline"
        escaped = html.escape(source.strip(), quote=False)
        return self._hold(f'<span class="math {mode}">{escaped}</span>')

    # Blocks -----------------------------------------------------------------------------------

    def _blocks(self, text: str) -> Iterator[str]:
        position = 0
        while match := _BLOCK.search(text, position):
            yield from self._paragraphs(text[position : match.start()])
            if match.group("cmd"):
                title, position = _braced(text, match.end() - 1)
                level = _HEADING_LEVEL[match.group("cmd")]
                yield f"<h{level}>{self._inline(title)}</h{level}>"
            else:
                body, position = _environment(text, match.group("env"), match.end())
                yield from self._environment(match.group("env"), body)
        yield from self._paragraphs(text[position:])

    def _paragraphs(self, text: str) -> Iterator[str]:
        for chunk in re.split(r"\n\s*\n", text):
            inline = self._inline(chunk).strip()
            if inline:
                yield f"<p>{inline}</p>"

    def _environment(self, name: str, body: str) -> Iterator[str]:
        if name in _LISTS:
            tag = _LISTS[name]
            items = "".join(f"<li>{''.join(self._blocks(item))}</li>" for item in _items(body))
            yield f"<{tag}>{items}</{tag}>"
        elif name in _TABLES:
            yield self._table(body)
        elif name in _HEADING_ENVS:
            yield f"<h2>{_HEADING_ENVS[name]}</h2>"
            yield from self._blocks(body)
        else:
            yield from self._blocks(body)

    def _table(self, body: str) -> str:
        body = re.sub(r"^\s*(?:\{[^{}]*\}|\[[^\]]*\])*", "", body, count=1)  # column spec
        body = re.sub(r"\\(?:hline|toprule|midrule|bottomrule)\b|\\cline\{[^}]*\}", "", body)
        rows = [r for r in re.split(r"\\\\(?:\[[^\]]*\])?", body) if r.strip()]
        cells = (re.split(r"(?<!\\)&", row) for row in rows)
        markup = "".join(
            "<tr>" + "".join(f"<td>{self._inline(c).strip()}</td>" for c in row) + "</tr>"
            for row in cells
        )
        return f"<table>{markup}</table>"

    # Inline text ------------------------------------------------------------------------------

    def _inline(self, text: str) -> str:
        out: list[str] = []
        position = 0
        while position < len(text):
            char = text[position]
            if char == "\\":
                markup, position = self._command(text, position)
                out.append(markup)
            elif char in "{}":
                position += 1
            else:
                end = _next_special(text, position)
                out.append(_plain(text[position:end]))
                position = end
        return "".join(out)

    def _command(self, text: str, start: int) -> tuple[str, int]:
        name, position = _command_name(text, start)
        if name in _SYMBOLS:
            return _SYMBOLS[name], position
        if name in _WRAPPERS:
            opening, closing = _WRAPPERS[name]
            argument, position = _argument(text, position)
            return f"{opening}{self._inline(argument)}{closing}", position
        if name in _DROPPED:
            for _ in range(_DROPPED[name]):
                _, position = _argument(text, _skip_options(text, position))
            return "", position
        return self._special_command(name, text, position)

    def _special_command(self, name: str, text: str, position: int) -> tuple[str, int]:
        if name in ("url", "href"):
            url, position = _argument(text, position)
            label = url
            if name == "href":
                label, position = _argument(text, position)
            return f'<a href="{html.escape(url)}">{self._inline(label)}</a>', position
        if name == "includegraphics":
            file, position = _argument(text, _skip_options(text, position))
            if self.asset_url is None:
                return "", position
            return f'<img src="{html.escape(self.asset_url(file.strip()))}" alt="">', position
        position = _skip_options(text, position)
        if position < len(text) and text[position] == "{":
            argument, position = _braced(text, position)
            return self._inline(argument), position
        return "", _skip_spaces(text, position) if name.isalpha() else position


def _command_name(text: str, start: int) -> tuple[str, int]:
    """`\\name` (letters, then an optional star) or a one-character command such as `\\%`."""
    match = re.compile(r"[A-Za-z]+\*?").match(text, start + 1)
    if match:
        return match.group(0).rstrip("*"), match.end()
    return text[start + 1 : start + 2], min(start + 2, len(text))


def _argument(text: str, position: int) -> tuple[str, int]:
    """The next `{...}` group (or single character) after optional spaces."""
    position = _skip_spaces(text, position)
    if position < len(text) and text[position] == "{":
        return _braced(text, position)
    return text[position : position + 1], min(position + 1, len(text))


def _braced(text: str, opening: int) -> tuple[str, int]:
    """Content of the group opened at `opening`, and the index after its closing brace."""
    depth = 0
    position = opening
    while position < len(text):
        char = text[position]
        if char == "\\":
            position += 2
            continue
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            return text[opening + 1 : position], position + 1
        position += 1
    return text[opening + 1 :], len(text)


def _environment(text: str, name: str, start: int) -> tuple[str, int]:
    """Body of `\\begin{name}` (nested ones counted) and the index after its `\\end{name}`."""
    token = re.compile(rf"\\(begin|end)\{{{re.escape(name)}\}}")
    depth = 1
    for match in token.finditer(text, start):
        depth += 1 if match.group(1) == "begin" else -1
        if depth == 0:
            return text[start : match.start()], match.end()
    return text[start:], len(text)


def _items(body: str) -> list[str]:
    """Split a list body at its own `\\item`s, not those of nested lists."""
    items: list[str] = []
    depth = 0
    current = 0
    for match in re.finditer(r"\\(begin|end)\{[^}]*\}|\\item\b(?:\s*\[[^\]]*\])?", body):
        token = match.group(0)
        if token.startswith("\\begin"):
            depth += 1
        elif token.startswith("\\end"):
            depth -= 1
        elif depth == 0:
            items.append(body[current : match.start()])
            current = match.end()
    items.append(body[current:])
    return [item for item in items[1:] if item.strip()] if len(items) > 1 else []


def _skip_options(text: str, position: int) -> int:
    position = _skip_spaces(text, position)
    if position < len(text) and text[position] == "[":
        closing = text.find("]", position)
        return len(text) if closing < 0 else closing + 1
    return position


def _skip_spaces(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\n":
        position += 1
    return position


def _next_special(text: str, position: int) -> int:
    match = re.compile(r"[\\{}]").search(text, position)
    return match.start() if match else len(text)


def _plain(text: str) -> str:
    escaped = html.escape(text, quote=False).replace("~", "\u00a0")
    for sequence, replacement in _TYPOGRAPHY:
        escaped = escaped.replace(sequence, replacement)
    return escaped
