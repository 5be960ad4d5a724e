import regularUrl from "dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url";
import boldUrl from "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url";
import type { FontLoader } from "./pdf-font.ts";

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`);
  return response.arrayBuffer();
}

/**
 * DejaVu Sans Condensed, regular and bold, from the app's own origin (Vite copies them into the
 * build): Latin with every French accent, Greek, Cyrillic and Canadian Aboriginal syllabics in one
 * font, about as wide as the Helvetica metrics the scene is measured with. Fetched only when a
 * PDF is made (see docs/decisions/0301-pdf-font.md).
 */
export const fetchPdfFonts: FontLoader = async () => {
  const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]);
  return { regular, bold };
};
