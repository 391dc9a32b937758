// Schema builders in two modes from the same limits. `strict` is what collectors must produce (the
// tests and the fuzzer hold them to it); `lenient` is how the extension reads a scan: an oversized
// field is clipped and a malformed list item dropped, so one bad value never sinks the audit.
import { z } from 'zod';
import { clip } from './limits';

export type SchemaMode = 'strict' | 'lenient';

export function text(max: number, mode: SchemaMode) {
  return mode === 'strict' ? z.string().max(max) : z.string().transform((s) => clip(s, max));
}

export function list<T extends z.ZodType>(item: T, max: number, mode: SchemaMode) {
  if (mode === 'strict') return z.array(item).max(max);
  return z.array(z.unknown()).transform((values) =>
    values.slice(0, max).flatMap((value) => {
      const parsed = item.safeParse(value);
      return parsed.success ? [parsed.data as z.output<T>] : [];
    }),
  );
}
