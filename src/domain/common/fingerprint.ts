/**
 * A short fingerprint of some data (FNV-1a, 32 bits, over its JSON): enough to notice that a sheet or a
 * parse changed between two calls of the sidebar. Not a security measure.
 */
export function fingerprint(data: unknown): string {
  const text = JSON.stringify(data, (_key, value: unknown) => (value === undefined ? null : value));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
