/**
 * The id a fragment names (`#q-plan-2021/…` → `q-plan-2021/…`, the inverse of
 * state-href's fragmentOf); one that does not decode, as it is. (landOn, in
 * the first view, decodes inline: importing this costs the first view 14 bytes gzip.)
 */
export function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
