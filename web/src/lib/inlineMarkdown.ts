/**
 * A small Markdown reader for short texts such as hints: paragraphs, bullet lists, fenced code,
 * and inline `code`, **strong**, *emphasis*, [links](https://…) and $math$. It builds a tree that
 * is rendered as React elements (never as HTML), so nothing in the text can inject markup.
 */

export type Inline =
  | { type: "text"; text: string }
  | { type: "code"; text: string }
  | { type: "math"; tex: string; display: boolean }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "br" };

export type Block =
  { type: "paragraph"; children: Inline[] } | { type: "list"; items: Inline[][] } | { type: "code"; text: string };

const INLINE =
  /`([^`]+)`|\$\$([^$]+)\$\$|\$([^$\n]+)\$|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|(?<![\w])_([^_\s](?:[^_]*[^_\s])?)_(?![\w])|\[([^\]]+)\]\(([^)\s]+)\)|\n/g;

/** Links are kept only for web addresses and site paths (no `javascript:` and the like). */
export function safeHref(href: string): string | null {
  return /^(https?:\/\/|\/(?!\/)|#)/i.test(href) ? href : null;
}

function pushText(out: Inline[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.type === "text") last.text += text;
  else out.push({ type: "text", text });
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of text.matchAll(INLINE)) {
    const index = m.index;
    pushText(out, text.slice(at, index));
    at = index + m[0].length;
    const [whole, code, displayTex, inlineTex, strong1, strong2, em1, em2, linkText, href] = m;
    if (code !== undefined) out.push({ type: "code", text: code });
    else if (displayTex !== undefined) out.push({ type: "math", tex: displayTex.trim(), display: true });
    else if (inlineTex !== undefined) out.push({ type: "math", tex: inlineTex.trim(), display: false });
    else if (strong1 !== undefined || strong2 !== undefined)
      out.push({ type: "strong", children: parseInline(strong1 ?? strong2 ?? "") });
    else if (em1 !== undefined || em2 !== undefined) out.push({ type: "em", children: parseInline(em1 ?? em2 ?? "") });
    else if (linkText !== undefined && href !== undefined) {
      const safe = safeHref(href);
      if (safe) out.push({ type: "link", href: safe, children: parseInline(linkText) });
      else pushText(out, linkText);
    } else if (whole === "\n") out.push({ type: "br" });
  }
  pushText(out, text.slice(at));
  return out;
}

const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let para: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ type: "paragraph", children: parseInline(para.join("\n").trim()) });
    if (list.length) blocks.push({ type: "list", items: list.map((item) => parseInline(item.trim())) });
    para = [];
    list = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^\s*```/.test(line)) {
      flush();
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i] ?? "")) code.push(lines[i++] ?? "");
      blocks.push({ type: "code", text: code.join("\n") });
    } else if (line.trim() === "") {
      flush();
    } else if (BULLET.test(line)) {
      if (para.length) flush();
      list.push(line.replace(BULLET, ""));
    } else if (list.length && /^\s+\S/.test(line)) {
      list.push(`${list.pop() ?? ""} ${line.trim()}`); // a wrapped list item
    } else {
      if (list.length) flush();
      para.push(line);
    }
  }
  flush();
  return blocks;
}
