/** FNV-1a, 32 bits, over the UTF-16 code units of `text`, as an unsigned integer: a cheap fingerprint, not a cryptographic hash. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
