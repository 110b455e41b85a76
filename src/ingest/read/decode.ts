import { AppError } from "../../app/errors.ts";

export interface DecodedInput {
  text: string;
  encoding: string;
}

function hangulShare(text: string): number {
  const hangul = text.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 1;
  return hangul / letters;
}

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Korean EUC-KR/CP949
 * (WHATWG's "euc-kr" decoder is CP949). Binary and undecodable input is refused with the file's name.
 */
export function decodeInput(bytes: Uint8Array, label: string, maxBytes: number): DecodedInput {
  if (bytes.length === 0) throw new AppError("BAD_INPUT", `${label}: the file is empty`);
  if (bytes.length > maxBytes) {
    throw new AppError("INPUT_TOO_LARGE", `${label}: ${bytes.length} bytes is over the ${maxBytes}-byte limit (set CLIFFHANGER_MAX_INPUT_BYTES or --max-bytes)`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  const utf16 = sample.includes(0) ? utf16WithoutBom(bytes) : undefined;
  if (utf16) return utf16;
  if (sample.includes(0)) throw new AppError("BAD_INPUT", `${label}: looks like a binary file (it contains NUL bytes), not an article`);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start)), encoding: "utf-8" };
  } catch {
    // Not UTF-8: try the legacy Korean encoding, and accept it only if it reads as Korean text.
  }
  try {
    // Legacy Korean pages: EUC-KR/CP949 that decodes cleanly and holds Hangul.
    const korean = new TextDecoder("euc-kr", { fatal: true }).decode(bytes);
    if (hangulShare(korean) > 0 || /[\uac00-\ud7a3]{2}/.test(korean)) return { text: korean, encoding: "euc-kr" };
  } catch {
    // not EUC-KR either
  }
  throw new AppError("UNDECODABLE_INPUT", `${label}: the text is neither UTF-8, UTF-16 with a byte-order mark, nor EUC-KR/CP949`);
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools do): text in Latin script has a zero
 * in every other byte, always on the same side; binary data has zeros on both sides.
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedInput | undefined {
  const length = Math.min(bytes.length, 8192) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  const encoding = oddZeros > pairs * 0.1 && evenZeros <= pairs * 0.01 ? "utf-16le" : evenZeros > pairs * 0.1 && oddZeros <= pairs * 0.01 ? "utf-16be" : undefined;
  if (!encoding) return undefined;
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, bytes.length & ~1)), encoding };
  } catch {
    return undefined;
  }
}

/** Control characters other than tabs and newlines mean the input is not text. */
export function assertText(text: string, label: string): void {
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g)?.length ?? 0;
  if (controls > Math.max(3, text.length / 1000)) throw new AppError("BAD_INPUT", `${label}: contains control characters; is it a binary file?`);
}
