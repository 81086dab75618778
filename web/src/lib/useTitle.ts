/** Sets the document title for the current page ("Two Sum · Assay"). */
import { useEffect } from "react";

export const SITE_NAME = "Assay";

export function pageTitle(title: string | null | undefined): string {
  return title ? `${title} · ${SITE_NAME}` : SITE_NAME;
}

export function useTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
