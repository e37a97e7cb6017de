import fc from "fast-check";

/**
 * Strings of characters from a set, drawn directly: `fc.string({ unit })` makes every character a
 * value of its own (an integer, a constant, a value wrapper), which was most of what generating a
 * request cost. Lengths follow fast-check's arrays: uniform up to `2 × min + 10` (its default
 * size), and now and then a short one near `min`.
 */
class CharsOf extends fc.Arbitrary<string> {
  private readonly maxGenerated: number;
  private readonly maxBiased: number;
  constructor(
    private readonly chars: string,
    private readonly minLength: number,
    private readonly maxLength: number,
  ) {
    super();
    if (!chars.length) throw new Error("charsOf: no characters to draw from");
    if (!(minLength >= 0 && minLength <= maxLength)) throw new Error(`charsOf: no length between ${minLength} and ${maxLength}`);
    this.maxGenerated = Math.min(maxLength, 2 * minLength + 10);
    this.maxBiased = this.maxGenerated === minLength ? minLength : minLength + Math.floor(Math.log2(this.maxGenerated - minLength));
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<string> {
    const short = biasFactor !== undefined && mrng.nextInt(1, biasFactor * biasFactor) === 1;
    const length = mrng.nextInt(this.minLength, short ? this.maxBiased : this.maxGenerated);
    const last = this.chars.length - 1;
    let out = "";
    for (let i = 0; i < length; i++) out += this.chars[mrng.nextInt(0, last)];
    return new fc.Value(out, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is string {
    if (typeof value !== "string" || value.length < this.minLength || value.length > this.maxLength) return false;
    for (const c of value) if (!this.chars.includes(c)) return false;
    return true;
  }

  /**
   * Shorter first (halves, then single characters, never below the minimum length), then simpler:
   * each character as the set's first. Needs no context, so it works as well under `map`/`filter`.
   */
  shrink(value: string): fc.Stream<fc.Value<string>> {
    const { minLength, chars } = this;
    function* candidates(): IterableIterator<string> {
      for (let size = value.length - minLength; size > 0; size = Math.floor(size / 2)) {
        for (let start = 0; start + size <= value.length; start += size) yield value.slice(0, start) + value.slice(start + size);
      }
      for (let i = 0; i < value.length; i++) if (value[i] !== chars[0]) yield value.slice(0, i) + chars[0] + value.slice(i + 1);
    }
    return new fc.Stream(candidates()).map((s) => new fc.Value(s, undefined));
  }
}

/** Strings of `minLength..maxLength` characters from `chars` (for character-class patterns, far cheaper than fc.stringMatching). */
export function charsOf(chars: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return new CharsOf(chars, minLength, maxLength);
}

/** Printable ASCII, what `fc.string()` draws from. */
export const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
