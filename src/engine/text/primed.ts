/**
 * A long subject for a regular expression's first run. V8 (Node, Chromium, Edge's WebView2)
 * compiles a regular expression straight to machine code when the first string it runs on has
 * 1,000 characters or more; from a shorter one it first builds bytecode, and its bytecode
 * optimiser is slow on patterns as large as the rules' (measured on Node 20: ~250 ms for the rule
 * set on a fresh start, then a second compile to machine code, against ~50 ms at once). A fresh
 * CLI run, or the pane's first scan, would pay that before its first finding. Other engines
 * simply run the pattern once over blank text.
 */
const PRIMER = " ".repeat(1000);
const primedPatterns = new WeakSet<RegExp>();

/** `re`, run once on a long blank subject the first time it is asked for (see PRIMER); its state is left as new. */
export function primed(re: RegExp): RegExp {
  if (!primedPatterns.has(re)) {
    primedPatterns.add(re);
    re.lastIndex = 0;
    re.exec(PRIMER);
    re.lastIndex = 0;
  }
  return re;
}
