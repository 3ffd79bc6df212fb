/**
 * The page's Content-Security-Policy. The app needs nothing from other origins and runs no
 * inline script: its code, its worker, the examples and the schema all come from the site.
 * - `img-src data: blob:`: Export PNG draws the exported SVG through an image from a blob URL;
 *   tile glyphs are SVG data URLs.
 * - `style-src 'self'`, no inline styles: React and React Flow set every inline style through
 *   the CSSOM (element.style), which a policy does not govern; nothing writes `<style>` or a
 *   `style` attribute into markup.
 * - `'wasm-unsafe-eval'` in script-src lets the page compile WebAssembly and nothing else (no
 *   JavaScript eval): importing a Terraform .tf file parses it with @cdktf/hcl2json, HashiCorp's
 *   HCL parser compiled to WebAssembly and served from the site like the rest of the code.
 * - `frame-ancestors` is only honoured in a header (a <meta> copy would log an error), so the
 *   built page carries META_POLICY and the preview server sends HEADER_POLICY.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy for a <meta http-equiv> in the built index.html. */
export const META_POLICY = DIRECTIVES.join('; ');

/** The policy the preview server (npm start, e2e) sends as a header. */
export const HEADER_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
