// Drag a meeting on the rooms' timeline to another time or room: the move form is filled in and the
// server checks at once what the move would break (pinning stays a deliberate click).
(function () {
  "use strict";
  const box = document.getElementById("run-timelines");
  const form = document.getElementById("move-form");
  if (!box || !form || box.dataset.editable !== "1" || box.dataset.by !== "room") return;
  const slot = parseInt(box.dataset.slot || "15", 10);
  const minutes = (hhmm) => parseInt(hhmm.slice(0, 2), 10) * 60 + parseInt(hhmm.slice(3, 5), 10);
  const pad = (n) => String(n).padStart(2, "0");
  let dragged = null;
  box.querySelectorAll(".tl-block[data-meeting]").forEach((block) => { block.style.cursor = "grab"; });
  box.addEventListener("pointerdown", (event) => {
    const block = event.target.closest(".tl-block[data-meeting]");
    if (!block) return;
    dragged = block;
    block.style.opacity = "0.5";
    event.preventDefault();
  });
  window.addEventListener("pointerup", (event) => {
    if (!dragged) return;
    const block = dragged;
    dragged = null;
    block.style.opacity = "";
    const hit = document.elementFromPoint(event.clientX, event.clientY);
    const track = hit ? hit.closest(".tl-track") : null;
    if (!track || !track.dataset.key.startsWith("room-")) return;
    const rect = track.getBoundingClientRect();
    const first = minutes(track.dataset.first), last = minutes(track.dataset.last);
    let at = first + ((event.clientX - rect.left) / rect.width) * (last - first);
    at = Math.max(first, Math.round((at - first) / slot) * slot + first);
    form.querySelector("[name=meeting]").value = block.dataset.meeting;
    form.querySelector("[name=start]").value = `${track.dataset.day}T${pad(Math.floor(at / 60))}:${pad(at % 60)}`;
    form.querySelector("[name=room]").value = track.dataset.key.slice("room-".length);
    htmx.ajax("POST", form.getAttribute("hx-post"), {
      source: form, target: "#move-result", swap: "outerHTML", values: { action: "check" },
    });
  });
})();
