// The search page fetches only the bucket of terms that could match a query, not every term.
const buckets = 64;

/** The bucket file (`00`–`3f`) that holds a term key: FNV-1a of the key's UTF-16 units, modulo 64. */
export function termBucket(key: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  return (hash % buckets).toString(16).padStart(2, '0');
}

/** Every bucket name, for the build to write one file each. */
export const termBuckets = Array.from({ length: buckets }, (_, index) => index.toString(16).padStart(2, '0'));
