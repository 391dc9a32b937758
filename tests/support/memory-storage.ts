// An in-memory stand-in for storage.local: values go through JSON as in the browser, and each call
// can be made to take a while, so that interleaved read-modify-writes show.
import type { StorageArea } from '../../history/store';

export interface MemoryArea extends StorageArea {
  data: Record<string, unknown>;
}

export function memoryArea(initial: Record<string, unknown> = {}, delay: () => number = () => 0): MemoryArea {
  const data: Record<string, unknown> = structuredClone(initial);
  const later = <T>(value: () => T) => new Promise<T>((resolve) => setTimeout(() => resolve(value()), delay()));
  const keysOf = (keys: string | string[]) => (Array.isArray(keys) ? keys : [keys]);
  return {
    data,
    get: (keys) => later(() => Object.fromEntries(keysOf(keys).filter((k) => k in data).map((k) => [k, JSON.parse(JSON.stringify(data[k]))]))),
    set: (items) => later(() => void Object.assign(data, JSON.parse(JSON.stringify(items)))),
    remove: (keys) => later(() => keysOf(keys).forEach((k) => delete data[k])),
  };
}
