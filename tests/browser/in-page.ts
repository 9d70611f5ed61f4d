/**
 * Scripts run inside the page by `page.evaluate`. Plain JavaScript in strings, so that no transform of
 * the test code (helpers a bundler adds) ends up in the browser.
 */

/**
 * Every element with text of its own, with its colour, its effective background (the first opaque
 * background up its ancestors) and their WCAG 2 contrast ratio. Elements that are not rendered are
 * skipped.
 */
export const TEXT_CONTRAST = `(() => {
  const parse = (value) => {
    const m = value.match(/rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)/);
    return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
  };
  const luminance = ({ r, g, b }) => {
    const [R, G, B] = [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const background = (element) => {
    for (let node = element; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color && color.a === 1) return color;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const out = [];
  for (const element of document.body.querySelectorAll("*")) {
    const ownText = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!ownText || !element.checkVisibility()) continue;
    const fg = parse(getComputedStyle(element).color);
    const bg = background(element);
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    out.push({
      tag: element.tagName.toLowerCase(),
      className: typeof element.className === "string" ? element.className : "",
      text: element.textContent.trim().slice(0, 40),
      ratio: Math.round(((l1 + 0.05) / (l2 + 0.05)) * 100) / 100,
    });
  }
  return out;
})()`;

/** The focused element: tag, id, text, whether it is on screen, and its outline. */
export const FOCUSED = `(() => {
  const element = document.activeElement;
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    text: (element.textContent || "").trim().slice(0, 60),
    onScreen: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.width > 0,
    outline: style.outlineStyle + " " + style.outlineWidth,
  };
})()`;

/** Whether the page is wider than the window (a horizontal scroll bar on a phone). */
export const OVERFLOWS = `document.documentElement.scrollWidth > window.innerWidth`;

/** Removes every stylesheet, as a reader who turns CSS off. */
export const REMOVE_CSS = `(() => {
  for (const style of document.querySelectorAll("style, link[rel=stylesheet]")) style.remove();
  for (const element of document.querySelectorAll("[style]")) element.removeAttribute("style");
})()`;
