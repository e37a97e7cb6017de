import fc from "fast-check";

/** One in this many optional properties is left out, as with `fc.record` (whose `fc.option` has `freq: 6`). */
const ABSENT_ONE_IN = 6;

type Parts = (fc.Value<unknown> | undefined)[];

/**
 * Objects with some properties always present and the others now and then, drawn in one step:
 * `fc.record` wraps every optional property in `fc.option` (a frequency arbitrary that clones the
 * random generator for each property it keeps) and the whole in a tuple and a map, which was the
 * largest share of what generating a request body allocated. The context is the properties' own
 * values, so shrinking still goes through each property's arbitrary.
 */
class ObjectOf extends fc.Arbitrary<Record<string, unknown>> {
  private readonly keys: string[];
  private readonly arbs: fc.Arbitrary<unknown>[];
  private readonly required: boolean[];

  constructor(model: Record<string, fc.Arbitrary<unknown>>, requiredKeys: readonly string[] | undefined) {
    super();
    this.keys = Object.keys(model);
    this.arbs = this.keys.map((k) => model[k]!);
    for (const k of requiredKeys ?? []) if (!(k in model)) throw new Error(`objectOf: required property ${k} has no arbitrary`);
    this.required = this.keys.map((k) => requiredKeys === undefined || requiredKeys.includes(k));
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<Record<string, unknown>> {
    const parts: Parts = new Array(this.keys.length);
    for (let i = 0; i < this.keys.length; i++) {
      if (!this.required[i] && mrng.nextInt(1, ABSENT_ONE_IN) === 1) continue;
      parts[i] = this.arbs[i]!.generate(mrng, biasFactor);
    }
    return new fc.Value(this.build(parts), parts);
  }

  private build(parts: Parts): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (!part) continue;
      // Assigning `__proto__` would set the prototype instead of a property.
      if (this.keys[i] === "__proto__") Object.defineProperty(out, "__proto__", { value: part.value, enumerable: true, writable: true, configurable: true });
      else out[this.keys[i]!] = part.value;
    }
    return out;
  }

  // A value without its parts (one that did not come from `generate`) is not shrunk.
  canShrinkWithoutContext(_value: unknown): _value is Record<string, unknown> {
    return false;
  }

  /** Smaller first: each optional property left out, then each property's value shrunk by its own arbitrary. */
  shrink(_value: Record<string, unknown>, context: unknown): fc.Stream<fc.Value<Record<string, unknown>>> {
    if (!Array.isArray(context)) return fc.Stream.nil();
    const parts = context as Parts;
    const self = this;
    function* candidates(): IterableIterator<fc.Value<Record<string, unknown>>> {
      for (let i = 0; i < parts.length; i++) {
        if (!parts[i] || self.required[i]) continue;
        const without = parts.slice();
        without[i] = undefined;
        yield new fc.Value(self.build(without), without);
      }
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (!part) continue;
        for (const smaller of self.arbs[i]!.shrink(part.value, part.context)) {
          const next = parts.slice();
          next[i] = smaller;
          yield new fc.Value(self.build(next), next);
        }
      }
    }
    return new fc.Stream(candidates());
  }
}

/**
 * An object arbitrary like `fc.record(model, { requiredKeys })`: the required keys always present
 * (all of them when `requiredKeys` is not given), each other key in five values out of six.
 */
export function objectOf(model: Record<string, fc.Arbitrary<unknown>>, requiredKeys?: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return new ObjectOf(model, requiredKeys);
}
