/**
 * Typesets the math in a rendered statement with the bundled KaTeX: elements the Markdown
 * renderer marked as math (`.math.inline`, `.math.block`, `.math-inline`, `.math-display`,
 * `<eq>`, `<eqn>`) and any `$…$`, `$$…$$`, `\(…\)`, `\[…\]` left in the text.
 */
import katex from "katex";
import renderMathInElement from "katex/contrib/auto-render";
import "katex/dist/katex.min.css";

const INLINE = "span.math, .math.inline, .math-inline, eq";
const DISPLAY = "div.math, .math.block, .math-display, eqn";

function typeset(el: Element, displayMode: boolean): void {
  if (el.getAttribute("data-typeset") === "1") return;
  const tex = el.textContent.trim().replace(/^\$\$?|\$\$?$/g, "");
  try {
    katex.render(tex, el as HTMLElement, { displayMode, throwOnError: false, strict: "ignore" });
    el.setAttribute("data-typeset", "1");
  } catch {
    // leave the TeX source visible
  }
}

export function typesetMath(root: HTMLElement): void {
  root.querySelectorAll(DISPLAY).forEach((el) => typeset(el, true));
  root.querySelectorAll(INLINE).forEach((el) => {
    if (!el.closest("[data-typeset='1']")) typeset(el, el.matches("eqn"));
  });
  renderMathInElement(root, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\[", right: "\\]", display: true },
      { left: "\\(", right: "\\)", display: false },
      { left: "$", right: "$", display: false },
    ],
    ignoredTags: ["script", "noscript", "style", "textarea", "pre", "code", "option"],
    ignoredClasses: ["katex"],
    throwOnError: false,
    strict: "ignore",
  });
}
