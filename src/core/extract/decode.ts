/** A text file's format by its name: `.md` and `.markdown` are markdown, anything else text. */
export function textSourceFormat(file: string): "markdown" | "text" {
  return /\.(md|markdown)$/i.test(file) ? "markdown" : "text";
}

/** How a file's bytes became text, so problems can be reported. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "windows-1252";
  binary: boolean;
  mojibakeRepairs: number;
}

const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const CP1252_BYTE_OF = new Map<number, number>(
  CP1252_HIGH.flatMap((code, i) => (code === 0 ? [] : [[code, 0x80 + i] as [number, number]])),
);

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) {
    const high = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : 0;
    out += String.fromCharCode(high || byte);
  }
  return out;
}

function cp1252ByteOf(char: string): number | null {
  const code = char.charCodeAt(0);
  if (code < 0x100 && !(code >= 0x80 && code < 0xa0)) return code;
  return CP1252_BYTE_OF.get(code) ?? null;
}

// A UTF-8 lead byte shown as Latin-1/cp1252 followed by 1-3 continuation bytes shown the same way.
const MOJIBAKE_RUN =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;

/**
 * Repairs UTF-8 text that was once decoded as cp1252 (`Serviceâ€™s` -> `Service’s`).
 * Only sequences that re-decode to valid UTF-8 are changed, so real accented text is kept.
 */
export function repairMojibake(text: string): { text: string; repairs: number } {
  let repairs = 0;
  const strict = new TextDecoder("utf-8", { fatal: true });
  const repaired = text.replace(MOJIBAKE_RUN, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const b = cp1252ByteOf(ch);
      if (b === null) return run;
      bytes.push(b);
    }
    try {
      const decoded = strict.decode(new Uint8Array(bytes));
      if ([...decoded].length !== 1) return run;
      repairs += 1;
      return decoded;
    } catch {
      return run;
    }
  });
  return { text: repaired, repairs };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control += 1;
  }
  return control / sample.length > 0.1;
}

/**
 * Bytes to clean text: strips a BOM, falls back to cp1252 for non-UTF-8 files (Latin-1 French),
 * normalizes line endings and repairs mojibake.
 */
export function decodeDocument(bytes: Uint8Array): DecodedText {
  if (looksBinary(bytes)) {
    return { text: "", encoding: "utf-8", binary: true, mojibakeRepairs: 0 };
  }
  let encoding: DecodedText["encoding"] = "utf-8";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    encoding = "windows-1252";
    text = decodeWindows1252(bytes);
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const { text: repaired, repairs } = repairMojibake(text);
  return { text: repaired, encoding, binary: false, mojibakeRepairs: repairs };
}
