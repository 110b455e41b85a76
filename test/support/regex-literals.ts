/**
 * The regular-expression literals of a TypeScript source, found by a small scanner that skips
 * strings, template literals and comments and tells a regex from a division by the token before it.
 */
export interface RegexLiteral {
  source: string;
  flags: string;
  line: number;
}

const regexAfterWords = new Set(["return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield", "await", "instanceof"]);

export function regexLiterals(code: string): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  let i = 0;
  let line = 1;
  let last = ""; // the last significant token (a punctuator or a word)
  const templateDepth: number[] = []; // brace depth at which each open template's ${ } ends
  let braces = 0;
  while (i < code.length) {
    const c = code[i]!;
    if (c === "\n") line += 1;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === "/" && code[i + 1] === "/") {
      while (i < code.length && code[i] !== "\n") i += 1;
      continue;
    }
    if (c === "/" && code[i + 1] === "*") {
      const end = code.indexOf("*/", i + 2);
      const stop = end < 0 ? code.length : end + 2;
      line += (code.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      i += 1;
      while (i < code.length && code[i] !== c) i += code[i] === "\\" ? 2 : 1;
      i += 1;
      last = "string";
      continue;
    }
    if (c === "`" || (c === "}" && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braces)) {
      if (c === "}") templateDepth.pop();
      i += 1;
      while (i < code.length && code[i] !== "`") {
        if (code[i] === "\\") i += 2;
        else if (code[i] === "$" && code[i + 1] === "{") {
          templateDepth.push(braces);
          i += 2;
          break;
        } else {
          if (code[i] === "\n") line += 1;
          i += 1;
        }
      }
      if (code[i] === "`") {
        i += 1;
        last = "string";
      } else last = "(";
      continue;
    }
    if (c === "/") {
      const regexAllowed = last === "" || (/^[^\w\])}"]/.test(last) && last !== "string") || regexAfterWords.has(last);
      if (regexAllowed) {
        let j = i + 1;
        let inClass = false;
        while (j < code.length && code[j] !== "\n") {
          if (code[j] === "\\") j += 2;
          else if (code[j] === "[") (inClass = true), (j += 1);
          else if (code[j] === "]") (inClass = false), (j += 1);
          else if (code[j] === "/" && !inClass) break;
          else j += 1;
        }
        const source = code.slice(i + 1, j);
        let k = j + 1;
        while (k < code.length && /[a-z]/.test(code[k]!)) k += 1;
        found.push({ source, flags: code.slice(j + 1, k), line });
        i = k;
        last = "regex";
        continue;
      }
    }
    if (/[\w$]/.test(c)) {
      let j = i;
      while (j < code.length && /[\w$]/.test(code[j]!)) j += 1;
      last = code.slice(i, j);
      i = j;
      continue;
    }
    if (c === "{") braces += 1;
    if (c === "}") braces -= 1;
    last = c;
    i += 1;
  }
  return found;
}
