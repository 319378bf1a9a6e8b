// A lane runs several test files in one process (see scripts/test.mjs), so a file must leave the
// process's globals as it found them: a replaced `fetch` or a leftover `window` would change how the
// files after it run, and the failure would show up far from its cause. Each file's `describe` fails
// at its end when the globals differ from what the file before it left, naming what changed.

/**
 * Globals whose mere presence changes how code runs (libraries take them as a browser). Other new
 * globals are allowed: libraries add their own when first used (zod's registry, undici's dispatcher,
 * and pdf.js, which the report tests read PDFs with, makes `self` an alias of the global object).
 */
const BROWSER_GLOBALS = ['window', 'document', 'location', 'localStorage', 'sessionStorage'];

/** What the last file of the lane left: each file is held to it, so one file's change fails that file only. */
let leftBefore;

/** Call in a file's describe before importing it; the returned function fails if the globals changed. */
export function keepsGlobals() {
  leftBefore ??= snapshot();
  return () => {
    const before = leftBefore;
    const after = snapshot();
    leftBefore = after;
    const changed = [];
    for (const [name, value] of before) {
      if (!after.has(name)) changed.push(`${name} (removed)`);
      else if (!Object.is(after.get(name), value)) changed.push(`${name} (replaced)`);
    }
    for (const name of BROWSER_GLOBALS) if (after.has(name) && !before.has(name)) changed.push(`${name} (left behind)`);
    if (changed.length)
      throw new Error(
        `this test file changed the process's globals, which the next files in its lane share: ${changed.join(', ')}`,
      );
  };
}

function snapshot() {
  const values = new Map();
  for (const name of Reflect.ownKeys(globalThis)) {
    // Read, not described: some of Node's globals are getters that turn into plain values when first read.
    try {
      values.set(String(name), globalThis[name]);
    } catch {
      values.set(String(name), undefined);
    }
  }
  return values;
}
