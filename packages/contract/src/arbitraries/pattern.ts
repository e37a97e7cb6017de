import fc from "fast-check";
import { charsOf, PRINTABLE_ASCII } from "./chars";

/** What the suite understands of a regular expression: lookahead classes and a repeated body. */
export interface PatternShape {
  /** Character classes the value must contain, from `(?=.*[...])` lookaheads. */
  lookaheads: string[];
  /** The repeated class of a simple body `^CLASS{m,n}$`, when the body is that simple. */
  bodyClass?: string;
  min: number;
  max?: number;
}

const SIMPLE = /^\^((?:\(\?=\.\*(?:\[[^\]]+\]|\\.|.)\))*)(\[[^\]]+\]|\.|\\d|\\w)(\{(\d+)(,(\d*))?\}|\+|\*)?\$$/;

/** Parses patterns of the form `^(?=.*[A-Z])...[0-9]{10}$`; returns undefined for anything else. */
export function analysePattern(pattern: string): PatternShape | undefined {
  const m = SIMPLE.exec(pattern);
  if (!m) return undefined;
  const lookaheads = [...m[1].matchAll(/\(\?=\.\*(\[[^\]]+\]|\\.|.)\)/g)].map((x) => x[1]);
  const quant = m[3];
  let min = 1;
  let max: number | undefined = 1;
  if (quant === "+") max = undefined;
  else if (quant === "*") {
    min = 0;
    max = undefined;
  } else if (quant) {
    min = Number(m[4]);
    max = m[5] ? (m[6] ? Number(m[6]) : undefined) : min;
  }
  return { lookaheads, bodyClass: m[2], min, max };
}

const PRINTABLE = [...PRINTABLE_ASCII];

/** The printable ASCII characters a regex class accepts (or rejects when `negate`). */
export function classChars(cls: string, negate = false): string[] {
  const re = new RegExp(`^${cls}$`);
  return PRINTABLE.filter((c) => re.test(c) !== negate);
}

/**
 * Strings of a given length range that satisfy every lookahead class and the body class; used for
 * patterns `fc.stringMatching` cannot handle (lookaheads).
 */
export function lookaheadString(shape: PatternShape, minLength: number, maxLength: number, omitClass?: string): fc.Arbitrary<string> {
  const body = classChars(shape.bodyClass === "." || !shape.bodyClass ? "." : shape.bodyClass);
  const required = shape.lookaheads.filter((c) => c !== omitClass).map((c) => classChars(c).filter((ch) => body.includes(ch)));
  const omitted = omitClass ? new Set(classChars(omitClass)) : undefined;
  const filler = body.filter((c) => !omitted?.has(c));
  const lo = Math.max(minLength, required.length);
  const hi = Math.max(lo, maxLength);
  return fc
    .tuple(
      fc.tuple(...required.map((chars) => fc.constantFrom(...chars))),
      charsOf(filler.join(""), lo - required.length, hi - required.length),
      fc.integer({ min: 0, max: 1_000_000 }),
    )
    .map(([req, rest, shuffleSeed]) => {
      const chars = [...req, ...rest];
      let s = shuffleSeed;
      for (let i = chars.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const j = s % (i + 1);
        [chars[i], chars[j]] = [chars[j], chars[i]];
      }
      return chars.join("");
    });
}
