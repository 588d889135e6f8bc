import {firstPaintHash} from "./first-paint.ts";

/**
 * The Content-Security-Policy the page runs under, and that hosts should send:
 * no code compiled from strings, no inline script but the one the first paint
 * needs, by its hash (src/security/first-paint.ts). Inline styles stay allowed
 * (Plot writes a <style> into each chart, Lit sets style attributes).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${firstPaintHash()}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join("; ");
