/**
 * The two files of /docs that are ours rather than Swagger UI's. Measured with axe-core in Chromium
 * (tests/browser): Swagger UI 5 as shipped has serious and critical violations on /docs — colour
 * contrast on its method badges, buttons, links and code, a link nested in each operation's toggle
 * button (deep linking), and selects without a name. These fix them by configuration (`docs.js`)
 * and CSS (`docs.css`); what neither can do — naming Swagger UI's selects, letting the keyboard
 * reach its scrolling code blocks — `docs.js` does as Swagger UI renders them.
 */

/** Starts Swagger UI and names the form controls it renders without a name. */
export const DOCS_JS = `"use strict";
(function () {
  // A select gets its parameter's name ("confidence (query)"), the server list "Server"; a code
  // block that scrolls can be reached from the keyboard.
  function nameControls(root) {
    root.querySelectorAll(".microlight:not([tabindex])").forEach(function (code) {
      code.setAttribute("tabindex", "0");
    });
    root.querySelectorAll("select:not([aria-label])").forEach(function (select) {
      var row = select.closest("tr[data-param-name]");
      if (row) select.setAttribute("aria-label", row.getAttribute("data-param-name") + " (" + row.getAttribute("data-param-in") + ")");
      else if (select.id === "servers") select.setAttribute("aria-label", "Server");
      else if (select.closest(".content-type-wrapper, .body-param-content-type, .response-control-media-type")) select.setAttribute("aria-label", "Media type");
      else if (select.closest(".examples-select")) select.setAttribute("aria-label", "Example");
    });
    root.querySelectorAll("input:not([aria-label]):not([id]), textarea:not([aria-label]):not([id])").forEach(function (field) {
      var row = field.closest("tr[data-param-name]");
      if (row) field.setAttribute("aria-label", row.getAttribute("data-param-name") + " (" + row.getAttribute("data-param-in") + ")");
      else if (field.closest(".body-param")) field.setAttribute("aria-label", "Request body");
    });
  }
  var root = document.getElementById("swagger-ui");
  new MutationObserver(function () { nameControls(root); }).observe(root, { childList: true, subtree: true });
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    // Deep links put a link inside each operation's toggle button: nested interactive controls.
    deepLinking: false,
    validatorUrl: null,
    tryItOutEnabled: true,
    displayRequestDuration: true,
    syntaxHighlight: { activated: true, theme: "idea" },
  });
})();
`;

/**
 * The site's header around Swagger UI, and Swagger UI's colours darkened to WCAG AA contrast (4.5:1
 * for text) on the backgrounds it draws them on; hues kept so that methods stay recognisable.
 */
export const DOCS_CSS = `
body{margin:0;background:#fff;color:#1b1b1b;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-4rem;background:#fff;color:#0b57d0;padding:.5rem .75rem;z-index:10;border:2px solid #0b57d0}
.skip:focus{top:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-header{background:#16324f;color:#fff}
.site-header .wrap{max-width:1460px;margin:0 auto;padding:.6rem 20px;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.25rem 1.5rem}
.site-header a{color:#fff}
.site-header a:focus-visible{outline-color:#ffd54f}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none}
.brand span{font-weight:400;font-size:.95rem;opacity:.9}
.site-header ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.site-header a[aria-current]{font-weight:700}
main{display:block}
.swagger-ui .info .title small pre,.swagger-ui .info .title small.version-stamp pre{color:#fff}
.swagger-ui .info .title small{background:#4f5663}
.swagger-ui .info .title small.version-stamp{background:#3b6e00}
.swagger-ui .info a,.swagger-ui .info .link,.swagger-ui .info__license__url .link,.swagger-ui a.nostyle,.swagger-ui .url{color:#0b57d0}
.swagger-ui .info .base-url{color:#333}
.swagger-ui .opblock.opblock-get .opblock-summary-method{background:#0b5cad}
.swagger-ui .opblock.opblock-post .opblock-summary-method{background:#16704a}
.swagger-ui .opblock.opblock-put .opblock-summary-method{background:#8a4b00}
.swagger-ui .opblock.opblock-patch .opblock-summary-method{background:#0d6b5c}
.swagger-ui .opblock.opblock-delete .opblock-summary-method{background:#b3261e}
.swagger-ui .opblock .opblock-summary-description,.swagger-ui .opblock .opblock-summary-path,.swagger-ui .opblock .opblock-summary-operation-id{color:#1b1b1b}
.swagger-ui .btn.authorize,.swagger-ui .btn.authorize span{color:#16704a;border-color:#16704a}
.swagger-ui .btn.authorize svg{fill:#16704a}
.swagger-ui .btn.execute,.swagger-ui .execute-wrapper .btn{background:#0b57d0;border-color:#0b57d0;color:#fff}
.swagger-ui .btn:disabled,.swagger-ui .btn[disabled]{opacity:1;cursor:wait}
.swagger-ui .btn.cancel{color:#b3261e;border-color:#b3261e}
.swagger-ui .btn.try-out__btn{color:#1b1b1b}
.swagger-ui .parameter__in,.swagger-ui .parameter__deprecated,.swagger-ui .prop-format,.swagger-ui .parameter__type,.swagger-ui .parameter__extension{color:#4a4a4a}
.swagger-ui .parameter__name.required span,.swagger-ui .parameter__name.required:after{color:#b3261e}
.swagger-ui .markdown code,.swagger-ui .renderedMarkdown code{color:#6b21a8;background:rgba(0,0,0,.05)}
.swagger-ui .opblock-description-wrapper p,.swagger-ui .opblock-external-docs-wrapper p,.swagger-ui .opblock-title_normal p,.swagger-ui .response-col_status,.swagger-ui table thead tr td,.swagger-ui table thead tr th,.swagger-ui .tab li,.swagger-ui .opblock-tag small{color:#1b1b1b}
.swagger-ui .response-col_links{color:#4a4a4a}
.swagger-ui .json-schema-2020-12-expand-deep-button,.swagger-ui .json-schema-2020-12-keyword__name--secondary,.swagger-ui .json-schema-2020-12__attribute,.swagger-ui .json-schema-2020-12-keyword__value--secondary{color:#4a4a4a}
.swagger-ui .json-schema-2020-12__attribute--primary,.swagger-ui .json-schema-2020-12-keyword__value--const{color:#6b21a8}
.swagger-ui .json-schema-2020-12__attribute--muted{color:#4a4a4a}
.swagger-ui .model-title,.swagger-ui .model,.swagger-ui .model .property.primitive,.swagger-ui .model-toggle:after{color:#1b1b1b}
.swagger-ui .prop-type{color:#4b2aa5}
.swagger-ui .model .deprecated,.swagger-ui .model .property{color:#4a4a4a}
.swagger-ui .highlight-code .microlight,.swagger-ui .microlight{background:#1f2227!important;color:#f0f0f0!important}
.swagger-ui .microlight span{color:#f0f0f0!important}
.swagger-ui .download-contents{color:#fff;background:#3b3f45}
.swagger-ui .response-control-media-type__accept-message{color:#16704a}
.swagger-ui .errors-wrapper,.swagger-ui .errors-wrapper .errors small{color:#1b1b1b}
.swagger-ui .loading-container .loading:after{color:#1b1b1b}
`
  .trim()
  .replace(/\n/g, "");
