/** The site's light/dark theme: stored choice, else the system preference. */
import { browserStore, readJson, writeJson } from "./storage";

export type Theme = "light" | "dark";
const KEY = "assay:theme:v1";

export function storedTheme(): Theme | null {
  const v = readJson(browserStore(), KEY);
  return v === "light" || v === "dark" ? v : null;
}

export function systemTheme(): Theme {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function initialTheme(): Theme {
  return storedTheme() ?? systemTheme();
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

export function saveTheme(theme: Theme): void {
  writeJson(browserStore(), KEY, theme);
}
