/**
 * Reading JSON text with errors a person can act on: the line and column of the first
 * syntax error, found the same way in every engine (engines word their own messages
 * differently, and some give no position at all).
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

export function parseJsonText(text: string): JsonTextResult {
  // A byte-order mark is common in files saved by spreadsheet and Windows editors.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, error: locateSyntaxError(body) };
  }
}

/** Scans `text` as JSON and reports where it first goes wrong. */
export function locateSyntaxError(text: string): JsonSyntaxError {
  let i = 0;
  const fail = (what: string, at = i): never => {
    throw Object.assign(new Error(what), { offset: at });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the text' : JSON.stringify(text[at]));
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) fail(`unexpected ${describe(i + k)}`, i + k);
    i += word.length;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('bad escape in a string');
      } else if (c < ' ') fail('a control character (such as a line break) inside a string');
      else i++;
    }
    fail('a string that is never closed');
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail(`unexpected ${describe(i)}`);
    i += m![0].length;
  };
  const scalar = (c: string | undefined): void => {
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else if (c === undefined) fail('the text ends where a value was expected');
    else fail(`unexpected ${describe(i)}`);
  };
  const propertyName = (): void => {
    ws();
    if (text[i] !== '"') fail(`expected a quoted property name, found ${describe(i)}`);
    string();
    ws();
    if (text[i] !== ':') fail(`expected ":" after a property name, found ${describe(i)}`);
    i++;
  };
  // Iterative, with the open objects and lists on a stack of its own: JSON.parse accepts text
  // nested far deeper than the call stack allows, and so must the scanner.
  const value = (): void => {
    const open: ('{' | '[')[] = [];
    for (;;) {
      // A value starts here.
      ws();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] !== (c === '{' ? '}' : ']')) {
          open.push(c);
          if (c === '{') propertyName();
          continue;
        }
        i++; // an empty object or list
      } else scalar(c);
      // A value ended here: close what it ends, or go on to the next item.
      for (;;) {
        const top = open[open.length - 1];
        if (top === undefined) return;
        const close = top === '{' ? '}' : ']';
        ws();
        if (text[i] === ',') {
          const comma = i++;
          ws();
          if (text[i] === close) fail(`a comma before "${close}" (trailing commas are not allowed in JSON)`, comma);
          if (top === '{') propertyName();
          break;
        }
        if (text[i] === close) {
          i++;
          open.pop();
          continue;
        }
        fail(top === '{' ? `expected "," or "}" , found ${describe(i)}` : `expected "," or "]", found ${describe(i)}`);
      }
    }
  };
  let message = 'the text is not valid JSON';
  let offset = text.length;
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the document`);
  } catch (e) {
    message = (e as Error).message;
    offset = (e as { offset?: number }).offset ?? i;
  }
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column, message };
}
