// Types of what tests import from update-vendor-data.mjs.
export function unsafeRegex(source: string): boolean;
export function hostOf(source: string): { host: string; rest: boolean } | null;
