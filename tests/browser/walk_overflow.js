// How far the page is wider than the screen, and the first element that sticks out (tests/browser/test_walk.py).
(() => {
  const over = document.documentElement.scrollWidth - window.innerWidth;
  if (over <= 1) return [over, ''];
  let widest = null;  // the outermost element that sticks out, to name in the failure
  for (const el of document.body.querySelectorAll('*')) {
    if (el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('[style*="overflow"], .table-responsive, .drawing-scroll, .tl-scroll, main table')) {
      widest = el; break;
    }
  }
  const name = widest ? widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '') + (widest.className && typeof widest.className === 'string' ? '.' + widest.className.trim().split(/\s+/).join('.') : '') : '';
  return [over, name];
})
