// A few hand-written schema builders for the extension's settings and messages. They replace zod/mini
// in the extension (it was a fifth of the main content script) and, like it, give each schema its
// type, so there are no hand-written twins. No code is generated at run time, so a portal's CSP
// never objects. Objects keep only their declared keys, as zod's objects do.

export type SafeParse<T> = { success: true; data: T } | { success: false; issue: string };

export interface Schema<T> {
  /** The value (objects: a copy with only the declared keys), or the first problem found. */
  safeParse(value: unknown): SafeParse<T>;
  /** The value, or a ValidationError naming the first problem. */
  parse(value: unknown): T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

export class ValidationError extends Error {
  override name = "ValidationError";
}

type Read<T> = (value: unknown, path: string) => SafeParse<T>;

const ok = <T>(data: T): SafeParse<T> => ({ success: true, data });
const fail = (path: string, expected: string, value: unknown): SafeParse<never> => ({
  success: false,
  issue: `${path || "(root)"}: expected ${expected}, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "string" ? JSON.stringify(value.slice(0, 60)) : typeof value === "object" ? "an object" : String(value)}`,
});

function schema<T>(read: Read<T>): Schema<T> & { read: Read<T> } {
  return {
    read,
    safeParse: (value) => read(value, ""),
    parse(value) {
      const result = read(value, "");
      if (!result.success) throw new ValidationError(result.issue);
      return result.data;
    },
  };
}

type Readable<T> = Schema<T> & { read: Read<T> };

export const boolean = (): Readable<boolean> => schema((v, path) => (typeof v === "boolean" ? ok(v) : fail(path, "true or false", v)));

export const string = (refine?: { test: (s: string) => boolean; expected: string }): Readable<string> =>
  schema((v, path) => (typeof v === "string" && (!refine || refine.test(v)) ? ok(v) : fail(path, refine?.expected ?? "text", v)));

/** A finite number within [min, max]; `integer` also demands a safe integer (as zod's int() did). */
export const number = (bounds: { min?: number; max?: number; integer?: boolean } = {}): Readable<number> => {
  const { min = -Infinity, max = Infinity, integer = false } = bounds;
  const expected = `${integer ? "an integer" : "a number"}${min > -Infinity ? ` >= ${min}` : ""}${max < Infinity ? ` <= ${max}` : ""}`;
  return schema((v, path) => (typeof v === "number" && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isSafeInteger(v)) ? ok(v) : fail(path, expected, v)));
};

export const literal = <const L extends string>(value: L): Readable<L> => schema((v, path) => (v === value ? ok(value) : fail(path, JSON.stringify(value), v)));

export const oneOf = <const L extends readonly string[]>(values: L): Readable<L[number]> =>
  schema((v, path) => ((values as readonly unknown[]).includes(v) ? ok(v as L[number]) : fail(path, `one of ${values.join(", ")}`, v)));

export const array = <T>(item: Readable<T>, maxLength = Infinity): Readable<T[]> =>
  schema((v, path) => {
    if (!Array.isArray(v)) return fail(path, "a list", v);
    if (v.length > maxLength) return fail(path, `at most ${maxLength} items`, `${v.length} items`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const result = item.read(v[i], `${path}[${i}]`);
      if (!result.success) return result;
      out.push(result.data);
    }
    return ok(out);
  });

type Shape = Record<string, Readable<unknown>>;
export type ObjectOf<S extends Shape> = { [K in keyof S]: Infer<S[K]> };

export interface ObjectSchema<S extends Shape> extends Readable<ObjectOf<S>> {
  shape: S;
}

export const object = <S extends Shape>(shape: S, options: { partial?: boolean } = {}): ObjectSchema<S> => {
  const s = schema((v, path) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(path, "an object", v);
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const value = (v as Record<string, unknown>)[key];
      if (options.partial && value === undefined) continue;
      const result = field.read(value, path ? `${path}.${key}` : key);
      if (!result.success) return result;
      out[key] = result.data;
    }
    return ok(out as ObjectOf<S>);
  });
  return { ...s, shape };
};

/** The same object with every key optional (absent or undefined keys are left out). */
export const partial = <S extends Shape>(of: ObjectSchema<S>): Readable<Partial<ObjectOf<S>>> => object(of.shape, { partial: true });

/** One of several objects, told apart by the string in their `key` field. */
export const variants = <K extends string, const V extends readonly ObjectSchema<Shape & Record<K, Readable<string>>>[]>(key: K, options: V): Readable<Infer<V[number]>> =>
  schema((v, path) => {
    const tag = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
    const match = options.find((o) => o.shape[key]!.safeParse(tag).success);
    return match ? (match.read(v, path) as SafeParse<Infer<V[number]>>) : fail(path ? `${path}.${key}` : key, "a known message type", tag);
  });
