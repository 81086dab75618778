"""assay.problems.statement: Markdown and LaTeX statements as sanitised HTML."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assay.problems.loader import load_problem
from assay.problems.model import Statement
from assay.problems.statement import render_latex, render_markdown, render_statement, sanitize


def test_every_corpus_statement_renders(corpus_problem: Path) -> None:
    problem = load_problem(corpus_problem)
    for statement in problem.statements:
        rendered = render_statement(statement, constants=problem.constants, asset_url=str)
        assert "<script" not in rendered  # some corpus statements are empty on purpose


# ---------------------------------------------------------------------------------------------
# Markdown


def test_markdown_math_stays_tex() -> None:
    rendered = render_markdown("Let $x < 10^9$ and\n\n$$\n\\sum_i a_i\n$$\n")

    assert '<span class="math inline">x &lt; 10^9</span>' in rendered
    assert '<div class="math display">\\sum_i a_i</div>' in rendered


def test_markdown_dollars_that_are_not_math() -> None:
    rendered = render_markdown("It costs $5 and $10.")

    assert "math" not in rendered
    assert "$5 and $10." in rendered


def test_markdown_tables_and_code() -> None:
    rendered = render_markdown("| a | b |\n|--:|---|\n| 1 | 2 |\n\n```\nx < y\n```\n")

    assert '<th style="text-align:right">a</th>' in rendered
    assert "<pre><code>x &lt; y\n</code></pre>" in rendered


def test_markdown_is_sanitised() -> None:
    rendered = render_markdown(
        '<script>alert(1)</script>\n\n[link](javascript:alert(1)) <img src=x onerror="alert(1)">'
    )

    assert "<script" not in rendered and "<img" not in rendered  # raw HTML is shown as text
    assert 'href="javascript' not in rendered


def test_markdown_images_get_asset_urls() -> None:
    rendered = render_markdown(
        "![cave](cave.jpg) ![remote](https://example.com/x.png)",
        asset_url=lambda name: f"/api/problems/p/assets/{name}",
    )

    assert 'src="/api/problems/p/assets/cave.jpg"' in rendered
    assert 'src="https://example.com/x.png"' in rendered


# ---------------------------------------------------------------------------------------------
# LaTeX


def test_latex_sections_and_text() -> None:
    rendered = render_latex(
        "\\problemname{Hello}\n"
        "\\illustration{0.3}{cave.jpg}{A cave}\n"
        "Say \\emph{hello} to \\textbf{everyone} -- twice. % a comment\n"
        "\n"
        "\\section*{Input}\n"
        "Cost: 5\\% of \\texttt{n}~items.\n"
        "\\section{Output}\n"
        "``Quoted''\\\\next line\n"
    )

    assert "Hello" not in rendered and "cave" not in rendered
    assert "<p>Say <em>hello</em> to <strong>everyone</strong> \u2013 twice." in rendered
    assert "comment" not in rendered
    assert "<h2>Input</h2>" in rendered and "<h2>Output</h2>" in rendered
    assert "Cost: 5% of <code>n</code>&nbsp;items." in rendered
    assert "\u201cQuoted\u201d<br>next line" in rendered


def test_latex_math() -> None:
    rendered = render_latex(
        "Inline $1 \\le N < 10$ and \\(x\\), display \\[a^2\\] and $$b$$ and "
        "\\begin{align*} c &= d \\end{align*}, money \\$5."
    )

    assert '<span class="math inline">1 \\le N &lt; 10</span>' in rendered
    assert '<span class="math inline">x</span>' in rendered
    assert '<span class="math display">a^2</span>' in rendered
    assert '<span class="math display">b</span>' in rendered
    assert "\\begin{align*} c &amp;= d \\end{align*}" in rendered
    assert "money $5." in rendered


def test_latex_lists_nest() -> None:
    rendered = render_latex(
        "\\begin{itemize}\n\\item one\n\\item two\n"
        "\\begin{enumerate}\\item inner a \\item inner b\\end{enumerate}\n"
        "\\item three\n\\end{itemize}"
    )

    assert rendered.count("<ul>") == 1 and rendered.count("<ol>") == 1
    assert rendered.count("<li>") == 5
    assert "<li><p>inner a</p></li><li><p>inner b</p></li>" in rendered


def test_latex_tabular() -> None:
    rendered = render_latex(
        "\\begin{tabular}{|l|r|}\n\\hline\nGroup & Points \\\\ \\hline\n$1$ & 30 \\\\\n"
        "\\end{tabular}"
    )

    assert "<table>" in rendered
    assert "<td>Group</td><td>Points</td>" in rendered
    assert '<td><span class="math inline">1</span></td><td>30</td>' in rendered


def test_latex_verbatim_is_literal() -> None:
    rendered = render_latex(
        "\\begin{verbatim}\n$not math$ % not a comment <b>\n\\end{verbatim}\nUse \\verb|a_b|."
    )

    assert "<pre>$not math$ % not a comment &lt;b&gt;</pre>" in rendered
    assert "<code>a_b</code>" in rendered


def test_latex_unknown_commands_keep_their_text() -> None:
    rendered = render_latex("\\newcommand \\foo{kept} \\noindent plain \\bar text")

    assert "kept" in rendered and "plain" in rendered and "text" in rendered
    assert "\\" not in rendered


def test_latex_links_and_images() -> None:
    rendered = render_latex(
        "See \\href{https://example.com}{the site} or \\url{https://x.org}.\n"
        "\\includegraphics[width=5cm]{fig.png}",
        asset_url=lambda name: f"/assets/{name}",
    )

    assert '<a href="https://example.com" rel="noopener noreferrer">the site</a>' in rendered
    assert '<img src="/assets/fig.png" alt="">' in rendered


def test_latex_cannot_inject_markup() -> None:
    rendered = render_latex("<script>alert(1)</script> \\href{javascript:alert(1)}{x}")

    assert "<script" not in rendered and "javascript" not in rendered


LATEX_PIECES = [
    *"\\{}[]$%&~`'-_^ \nab1<>",
    "\\begin{itemize}",
    "\\item",
    "\\end{itemize}",
    "\\section*{",
    "\\begin{tabular}{l}",
    "\\\\",
    "\\verb|",
    "\\emph{",
    "$$",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LATEX_PIECES), max_size=40).map("".join))
def test_latex_never_crashes(text: str) -> None:
    rendered = render_latex(text)

    assert isinstance(rendered, str)
    assert "<script" not in rendered


# ---------------------------------------------------------------------------------------------
# Other formats


def test_constants_are_substituted(tmp_path: Path) -> None:
    path = tmp_path / "problem.en.md"
    path.write_text("Print $N \\pm {{c}}$ then {{unknown}}.")

    rendered = render_statement(Statement("en", "md", path), constants=(("c", "7"),))

    assert "N \\pm 7" in rendered and "{{unknown}}" in rendered


def test_html_and_text_and_pdf(tmp_path: Path) -> None:
    page = tmp_path / "problem.html"
    page.write_text("<h1>T</h1><p onclick='x()'>Body</p><style>p{}</style>")
    text = tmp_path / "problem.txt"
    text.write_text("a < b")
    pdf = tmp_path / "problem.pdf"
    pdf.write_bytes(b"%PDF-1.4")

    assert render_statement(Statement("en", "html", page)) == "<h1>T</h1><p>Body</p>"
    assert render_statement(Statement("en", "txt", text)) == "<pre>a &lt; b</pre>"
    assert 'href="/a/problem.pdf"' in render_statement(
        Statement("en", "pdf", pdf), asset_url=lambda n: f"/a/{n}"
    )


def test_sanitize_keeps_only_math_classes() -> None:
    cleaned = sanitize('<span class="math evil">x</span><div class="danger">y</div>')

    assert cleaned == '<span class="math">x</span><div>y</div>'
