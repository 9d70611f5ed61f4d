/**
 * What text this service accepts: Unicode text without control characters. A lone surrogate
 * (`"\ud800"` in JSON) is no Unicode text at all — UTF-8 cannot encode it, so SQLite would store other
 * bytes than were acknowledged; control characters (Unicode category Cc: C0, DEL, C1) have no business
 * in curated text and confuse whatever displays it, except tab and newline in text that may hold
 * several lines.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Control characters (category Cc: U+0000–U+001F, U+007F–U+009F) but tab and newline. */
const CONTROL = /(?![\t\n])\p{Cc}/u;
/** Tab, newline, and every other control character. */
const CONTROL_OR_BREAK = /\p{Cc}/u;

/** `U+0002`: how a character is named in messages. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first lone surrogate in `text`, or null. */
export function loneSurrogate(text: string): string | null {
  return LONE_SURROGATE.exec(text)?.[0] ?? null;
}

/** The first control character in `text` (tab and newline allowed when `multiline`), or null. */
export function controlCharacter(text: string, options: { multiline: boolean }): string | null {
  return (options.multiline ? CONTROL : CONTROL_OR_BREAK).exec(text)?.[0] ?? null;
}

/** A string of a JSON value that breaks the rules of text, with the dotted path to it. */
export interface TextFault {
  field: string;
  rule: "unicode" | "control-character";
  message: string;
}

/**
 * Every string of a parsed JSON value — and every key — that holds a lone surrogate or a control
 * character other than tab and newline (which single-line fields refuse in their schema). Walks with
 * a stack of its own, so that no nesting depth overflows the call stack.
 */
export function textFaults(value: unknown): TextFault[] {
  const faults: TextFault[] = [];
  const check = (text: string, path: string[]) => {
    const field = path.join(".") || "(root)";
    const surrogate = loneSurrogate(text);
    if (surrogate)
      faults.push({
        field,
        rule: "unicode",
        message: `holds a lone surrogate (${codePointName(surrogate)}): not Unicode text`,
      });
    else {
      const control = controlCharacter(text, { multiline: true });
      if (control)
        faults.push({
          field,
          rule: "control-character",
          message: `holds the control character ${codePointName(control)}`,
        });
    }
  };
  const pending: [unknown, string[]][] = [[value, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path] = next;
    if (typeof item === "string") check(item, path);
    else if (Array.isArray(item)) {
      for (const [index, child] of item.entries()) pending.push([child, [...path, String(index)]]);
    } else if (item && typeof item === "object")
      for (const [key, child] of Object.entries(item)) {
        check(key, [...path, key]);
        pending.push([child, [...path, key]]);
      }
  }
  // In document order, as a reader finds them.
  return faults.reverse();
}
