// Applies the stored theme before the first paint, so a dark-mode user never sees a white flash.
import { applyTheme, initialTheme } from "./lib/theme";

applyTheme(initialTheme());
