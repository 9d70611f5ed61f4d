/**
 * The site's icon: a "C" with a dot, in the pages' header colours. Browsers ask for
 * `/favicon.ico` unless a page names another; the pages and /docs name the SVG.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#16324f"/><path d="M21 10.6a7.6 7.6 0 1 0 0 10.8" fill="none" stroke="#fff" stroke-width="3.4" stroke-linecap="round"/><circle cx="23.4" cy="16" r="2.4" fill="#ffd54f"/></svg>`;

/**
 * The same icon as `/favicon.ico`: the SVG rendered at 32×32 px (in Chromium) as a PNG, in an ICO
 * container of one image (ICO allows PNG images since Windows Vista; every browser reads them).
 */
const FAVICON_ICO_BASE64 =
  "AAABAAEAICAAAAEAIADMAwAAFgAAAIlQTkcNChoKAAAADUlIRFIAAAAgAAAAIAgGAAAAc3p69AAAA4FJREFUeJzEl2lIVFEUx//3+aYiNdvUFM3KSiuybNrIFqgoWkyzwoKMCjKzjKBFKrIgiqgIghZp+6JBgR+mhTYoF8zUyFHc0MStkix3Hffmdu8Dx6We7z0V5wdv3rnnHu4579zl3BHRAyffwBAKcyATlxJCXDGEUEor2CuVQDD8MhpiuvSE/4z13eihI7p7rLEOwwAF3nXQjtA646sygSt0EB8Pl3MO96UjYqwkOy4I2McUj2AFWCb2i+wdDOsRLBBK58NKcN8CCHHGABihE+E7Zwbs7UZjwDDfohZ7Tw9XHNjpj4U+Xpg13QOiaCPpS7//REZOIZ6+jEfCJ6OWIUGcFgRQRSNCEB4SiFNhuzBq5Ih+bZ88f48z1+7D1NyKIQlg9KiRiIu+CP3cmVBLZVUttodFobDkm6Kt4hRcjgzt5bzJ1II7MQakGnORmVeEqe4urN9LytAUt0mSjfPEcYjYG4SI8zeVhu8/gLXL9di1ZY2lnWbMQ9jZG6iorLLocgpKpIen/vTh3Ti0O0DSv05Igxpkp8DB3hbJcbfgxL6G87umHn5B4ahvNPU74MrF82CmZiR/zoYaZDOwftVii3POuesPFJ1zktKzoGObY8VsCm93ICWfILecfyPRFoDbJEeLbDabVaeUE7kNiPDvdnjwNmBI/b+tIDeIi/MEi/y19Ada29qhlg162qdNZG1lA+i5jwVBfgA1tLVT7QHkspXdhedkV+hE9YdmTLx0AZHkljYgNhHaA8guKO42EgSEBKm/LkS/IVhyAjj+kMLnKJBeKJ9B2W3Ij9/Sj08tRy+fkkX+oaiua0B/rFjkw+o8Vb0NbWxdvC/IdYo2AvwWzpVkXv30rAglpWWh0dT8jy3vjzq2F1fPhCF482pk5RehuLwCgwog5UuuVPn4cctxc3HEnm3r2XqwAZ/i2vpGeHtOxqbVS3H30nGs9dN3D8ym7cX7FCihWIzG2Nniya3zmooRPzV3HIpCflGZoq2gZNDQZMKmfZG4fDsW7R2dSuaIe5WIZVvDVTnnqLoPdOE1zR33rpyU0t6Xqtp6RETdxIeUDGhBUwBdjB1jh4njHTDOwV4qz1U1dVLaB4LIVlOl1nthXUOT9Awa5lughGTCSnDfAqt00bAS3LdQnfnCwBbBWww3lD7jvqVtaCbmY0zRhmGCHWJNnX86jnC5V5Wwxt/zvwAAAP//JCr15AAAAAZJREFUAwDulkd4mLq56wAAAABJRU5ErkJggg==";

/** The ICO file's bytes. */
export function faviconIco(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(FAVICON_ICO_BASE64), (char) => char.charCodeAt(0));
}
