// A region that scrolls sideways (a wide table on a phone, a timeline, a drawing) can be reached and
// scrolled with the keyboard: it takes the focus (WCAG 2.1.1; axe's scrollable-region-focusable).
(function () {
  "use strict";
  const SELECTOR = "main table.table, .table-responsive, .tl-scroll, .drawing-scroll, main pre";
  function mark() {
    document.querySelectorAll(SELECTOR).forEach((el) => {
      const style = getComputedStyle(el);
      const scrolls = (el.scrollWidth > el.clientWidth && style.overflowX !== "hidden" && style.overflowX !== "visible")
        || (el.scrollHeight > el.clientHeight && style.overflowY !== "hidden" && style.overflowY !== "visible");
      if (scrolls && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
    });
  }
  document.addEventListener("DOMContentLoaded", mark);
  window.addEventListener("load", mark);
  window.addEventListener("resize", mark);
  document.addEventListener("htmx:afterSettle", mark);
})();
