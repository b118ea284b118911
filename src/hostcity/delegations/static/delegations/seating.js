// Drag a seat's person onto another seat: the two exchange places on the server, the drawing is
// redrawn from its answer.
(function () {
  "use strict";
  const box = document.getElementById("seating");
  if (!box || box.dataset.editable !== "1") return;
  let source = null;
  function seatAt(x, y) {
    const hit = document.elementFromPoint(x, y);
    return hit ? hit.closest("g.seat, text.seat-text") : null;
  }
  box.addEventListener("pointerdown", (event) => {
    const seat = event.target.closest("g.seat, text.seat-text");
    if (!seat || seat.classList.contains("seat-host")) return;
    source = seat;
    seat.style.opacity = "0.5";
    event.preventDefault();
  });
  window.addEventListener("pointerup", async (event) => {
    if (!source) return;
    const from = source;
    source = null;
    from.style.opacity = "";
    const target = seatAt(event.clientX, event.clientY);
    if (!target || target === from) return;
    const body = new URLSearchParams({ first: from.dataset.seat, second: target.dataset.seat });
    const response = await fetch(box.dataset.swapUrl, {
      method: "POST", credentials: "same-origin", body,
      headers: { "X-CSRFToken": box.dataset.csrf, "HX-Request": "true" },
    });
    const text = await response.text();
    if (response.ok) {
      box.innerHTML = text;
      document.getElementById("seating-message").textContent = "";
    } else {
      document.getElementById("seating-message").textContent = text;
    }
  });
})();
