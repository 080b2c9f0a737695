// The page's two behaviours that Streamlit does not offer, injected once by app.py (st.html).
//
// 1. Charts exported from the Plotly toolbar keep their Chinese on a machine with no CJK font.
//
// Plotly exports a chart by serialising it to SVG: the SVG file is that text, and the PNG is the SVG
// drawn into a canvas as an image. An SVG drawn as an image, or opened on its own, sees no font of the
// page, only the system's: without a CJK font every Chinese character became a box. This script puts
// the bundled font (dashboard/static/, the same file the page uses) into the SVG as an @font-face with
// the font as a data URL, where Plotly hands the SVG to the image (PNG) and to the file (SVG).
// It only touches SVG text that Plotly produced.
//
// 2. On a phone, choosing a page in the sidebar closes the sidebar, which otherwise stays open over the
// page just chosen.
(() => {
  if (window.gwrExportFont) return;
  window.gwrExportFont = { fontFace: null };
  const FONT_URL = "app/static/NotoSansSC-subset.otf";
  const FAMILY = "Noto Sans SC";
  const SVG_PREFIX = "data:image/svg+xml,";

  fetch(FONT_URL)
    .then((response) => response.blob())
    .then(
      (blob) =>
        new Promise((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result);
          reader.readAsDataURL(new Blob([blob], { type: "font/otf" }));
        }),
    )
    .then((dataUrl) => {
      window.gwrExportFont.fontFace = `@font-face{font-family:'${FAMILY}';src:url(${dataUrl}) format('opentype');}`;
    });

  // Only Plotly's own SVG (its root carries the plotly class names) gains the font.
  const withFont = (svg) => {
    const fontFace = window.gwrExportFont.fontFace;
    if (!fontFace || !svg.includes("main-svg") || svg.includes("@font-face")) return svg;
    // "\x3c" is "<": Streamlit's HTML sanitiser drops a script whose text holds a tag.
    return svg.replace(/(\x3csvg[^>]*>)/, `$1\x3cstyle>${fontFace}\x3c/style>`);
  };

  // PNG: the SVG arrives as an image's data URL.
  const source = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, "src");
  Object.defineProperty(HTMLImageElement.prototype, "src", {
    configurable: true,
    enumerable: source.enumerable,
    get() {
      return source.get.call(this);
    },
    set(value) {
      if (typeof value === "string" && value.startsWith(SVG_PREFIX)) {
        const svg = decodeURIComponent(value.slice(SVG_PREFIX.length));
        value = SVG_PREFIX + encodeURIComponent(withFont(svg));
      }
      source.set.call(this, value);
    },
  });

  // SVG: the text arrives as a Blob that Plotly saves.
  const NativeBlob = window.Blob;
  function ExportBlob(parts, options) {
    if (options && String(options.type).startsWith("image/svg+xml") && Array.isArray(parts)) {
      parts = parts.map((part) => (typeof part === "string" ? withFont(part) : part));
    }
    return new NativeBlob(parts, options);
  }
  ExportBlob.prototype = NativeBlob.prototype;
  window.Blob = ExportBlob;

  // Streamlit's own breakpoint for the sidebar drawn over the page.
  const PHONE = window.matchMedia("(max-width: 640px)");
  document.addEventListener("click", (event) => {
    if (!PHONE.matches || !event.target.closest("[data-testid='stSidebarNav'] a")) return;
    setTimeout(() => document.querySelector("[data-testid='stSidebarCollapseButton'] button")?.click(), 0);
  });
})();
