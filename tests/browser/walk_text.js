// The text a reader sees on the page, without what is not the page's own language (tests/browser/test_walk.py).
(() => {
  const skip = 'script, style, code, kbd, samp, pre, svg, [translate="no"], .other-name, .visually-hidden,'
             + ' [lang]:not([lang^="zh"]), input, textarea, select, option, .leaflet-container';
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, parent = node.parentElement;
    if (!parent || parent.closest(skip)) continue;
    const style = getComputedStyle(parent);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    out.push(node.textContent);
  }
  return out.join(' ');
})
