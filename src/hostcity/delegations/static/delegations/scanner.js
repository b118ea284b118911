// The badge scanner: decodes QR codes from the camera (jsQR) or takes a typed code, asks the server
// when online, and when not, verifies the badge's Ed25519 signature itself against the keys, zones and
// revocation list it keeps, queues the scan and uploads it once back online. What it keeps (keys,
// zones, revocation list, queued scans) is cleared at sign-out (web/signout.js) after the queue is
// uploaded, and when the server says this person may no longer scan.
(function () {
  "use strict";
  const root = document.getElementById("scanner");
  if (!root) return;
  const T = root.dataset;
  const reasonsNode = document.getElementById("scan-reasons");
  const REASONS = reasonsNode ? JSON.parse(reasonsNode.textContent) : {};
  const said = (reason) => REASONS[reason] || reason;  // the code, in words
  const STORE = "hostcity.gate", QUEUE = "hostcity.gate.queue";
  const $ = (id) => document.getElementById(id);
  let gateData = JSON.parse(localStorage.getItem(STORE) || "null");
  let leaving = false;  // signing out: keep nothing more
  const verifyKeys = {};

  function b64url(text) {
    const b = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
    return Uint8Array.from(b, (c) => c.charCodeAt(0));
  }
  // The one canonical unpadded base64url text of some bytes, as the server accepts (badge_tokens.py).
  function canonical(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) return false;
    let bytes;
    try { bytes = b64url(text); } catch (error) { return false; }
    const again = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    return again === text;
  }
  function csrf() {
    const found = document.cookie.split("; ").find((part) => part.startsWith("csrftoken="));
    return found ? decodeURIComponent(found.slice("csrftoken=".length)) : "";
  }
  function forget() {
    gateData = null;
    localStorage.removeItem(STORE);
    localStorage.removeItem(QUEUE);
  }
  function queue() { return JSON.parse(localStorage.getItem(QUEUE) || "[]"); }
  function saveQueue(items) { localStorage.setItem(QUEUE, JSON.stringify(items)); showState(); }
  function clientId() { return (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()).slice(0, 64); }
  function today() { const d = new Date(); return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); }

  function showState() {
    $("net-state").textContent = navigator.onLine ? "online" : "offline";
    $("net-state").className = "badge " + (navigator.onLine ? "text-bg-success" : "text-bg-warning");
    const n = queue().length;
    $("pending").textContent = n ? n + " " + T.tPending : "";
  }

  async function refreshKeys() {
    try {
      const response = await fetch(T.keysUrl, { credentials: "same-origin" });
      if (response.status === 401 || response.status === 403) { forget(); showState(); return; }  // may no longer scan
      if (!response.ok) return;
      const fresh = await response.json();
      if (leaving) return;
      gateData = fresh;
      gateData.fetched = new Date().toISOString();
      localStorage.setItem(STORE, JSON.stringify(gateData));
    } catch (error) { /* offline: keep what we have */ }
  }

  async function keyFor(id) {
    if (verifyKeys[id]) return verifyKeys[id];
    const raw = gateData && gateData.keys[String(id)];
    if (!raw) return null;
    verifyKeys[id] = await crypto.subtle.importKey("raw", b64url(raw), { name: "Ed25519" }, false, ["verify"]);
    return verifyKeys[id];
  }

  // The same rules as the server (delegations/checkin.py), on what the phone holds.
  async function judgeOffline(token, event, zone) {
    const parts = token.trim().split(".");
    if (parts.length !== 3 || parts[0] !== "HC1") return { allowed: false, reason: "malformed" };
    if (!canonical(parts[1]) || !canonical(parts[2]) || b64url(parts[2]).length !== 64) return { allowed: false, reason: "malformed" };
    let claims;
    try { claims = JSON.parse(new TextDecoder().decode(b64url(parts[1]))); } catch (error) { return { allowed: false, reason: "malformed" }; }
    const key = await keyFor(claims.k);
    if (!key) return { allowed: false, reason: "forged" };
    let good = false;
    try {
      good = await crypto.subtle.verify({ name: "Ed25519" }, key, b64url(parts[2]), new TextEncoder().encode(parts[1]));
    } catch (error) { return { allowed: false, reason: "malformed" }; }
    if (!good) return { allowed: false, reason: "forged" };
    if (String(claims.e) !== String(event)) return { allowed: false, reason: "wrong_event", badge: claims.b };
    if ((gateData.revoked || []).includes(claims.b + "." + claims.v)) return { allowed: false, reason: "revoked", badge: claims.b };
    const days = (claims.z || {})[zone];
    if (!days) return { allowed: false, reason: "wrong_zone", badge: claims.b };
    const day = today();
    if (day < days[0]) return { allowed: false, reason: "not_yet_valid", badge: claims.b };
    if (day > days[1]) return { allowed: false, reason: "expired", badge: claims.b };
    return { allowed: true, reason: "", badge: claims.b };
  }

  async function send(item) {
    const response = await fetch(T.checkinUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf() },
      body: JSON.stringify(item),
    });
    if (!response.ok) { const error = new Error("HTTP " + response.status); error.status = response.status; throw error; }
    return response.json();
  }

  function show(decision, offline) {
    const box = $("result");
    box.className = "alert " + (decision.allowed ? "alert-success" : "alert-danger");
    const who = [decision.name_en, decision.name_zh, decision.delegation_en].filter(Boolean).join(" · ");
    box.textContent = (decision.allowed ? T.tAllowed : T.tDenied + ": " + said(decision.reason)) +
      (decision.repeat ? " (" + T.tRepeat + ")" : "") + (who ? " — " + who : "") + (offline ? " — " + T.tOffline : "");
    box.dataset.reason = decision.reason || "";
    box.dataset.allowed = String(decision.allowed);
    const line = document.createElement("li");
    line.textContent = new Date().toLocaleTimeString() + " " + box.textContent;
    $("history").prepend(line);
  }

  async function check(token) {
    const chosen = $("zone").selectedOptions[0];
    if (!chosen) return;
    const item = {
      token: token.trim(), event: Number(chosen.dataset.event), zone: chosen.value, gate: $("gate").value, client_id: clientId(),
    };
    if (!item.token) return;
    if (navigator.onLine) {
      try { show(await send(item), false); return; } catch (error) { /* fall through to offline */ }
    }
    if (!gateData) { show({ allowed: false, reason: "no keys yet" }, true); return; }
    const decision = await judgeOffline(item.token, item.event, item.zone);
    item.scanned_at = new Date().toISOString();
    saveQueue([...queue(), item]);
    show(decision, true);
  }

  // One upload at a time: sign-out then waits for the one in flight, and nothing writes after it.
  let uploading = null;
  function upload(refresh = true) {
    if (!uploading) uploading = uploadQueue(refresh).finally(() => { uploading = null; });
    return uploading;
  }

  async function uploadQueue(refresh) {
    if (!navigator.onLine) return;
    let items = queue();
    while (items.length) {
      try { await send(items[0]); } catch (error) {
        // A scan the server refuses as such (400: it can never take it) is dropped; anything else waits.
        if (error.status !== 400) break;
      }
      items = items.slice(1);
      saveQueue(items);
    }
    if (refresh && !leaving) await refreshKeys();
  }

  let lastCode = "", lastAt = 0;
  async function startCamera() {
    const video = $("camera");
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof jsQR !== "function") {
      $("camera-note").textContent = T.tNocamera; return;
    }
    try {
      video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    } catch (error) { $("camera-note").textContent = T.tNocamera; return; }
    video.hidden = false;
    await video.play();
    const canvas = document.createElement("canvas"), context = canvas.getContext("2d", { willReadFrequently: true });
    const tick = () => {
      if (video.readyState === video.HAVE_ENOUGH_DATA) {
        canvas.width = video.videoWidth; canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        const code = jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
        const now = Date.now();
        if (code && (code.data !== lastCode || now - lastAt > 3000)) { lastCode = code.data; lastAt = now; check(code.data); }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  // Sign-out (web/signout.js) waits for the queue to go up before everything kept here is cleared.
  document.addEventListener("hostcity:signout", (event) => { leaving = true; event.detail.waitUntil(upload(false)); });
  $("manual").addEventListener("submit", (event) => { event.preventDefault(); check($("token").value); $("token").value = ""; });
  window.addEventListener("online", () => { showState(); upload(); });
  window.addEventListener("offline", showState);
  setInterval(upload, 15000);
  if ("serviceWorker" in navigator) navigator.serviceWorker.register(T.swUrl).catch(() => {});
  showState();
  refreshKeys().then(upload);
  startCamera();
})();
