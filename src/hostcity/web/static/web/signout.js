// Sign-out clears what this browser keeps for hostcity: first the pages that keep something ask to
// finish (the scanner uploads its queued scans), then local and session storage, the offline caches
// and the service workers go, then the form is sent (the server also answers Clear-Site-Data).
(function () {
  "use strict";
  const form = document.getElementById("signout-form");
  if (!form) return;

  function clearAll() {
    Object.keys(localStorage).filter((key) => key.startsWith("hostcity.")).forEach((key) => localStorage.removeItem(key));
    sessionStorage.clear();
    const jobs = [];
    if (window.caches) {
      jobs.push(caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith("hostcity-")).map((key) => caches.delete(key)))));
    }
    if (navigator.serviceWorker) {
      jobs.push(navigator.serviceWorker.getRegistrations().then((found) => Promise.all(found.map((r) => r.unregister()))));
    }
    return Promise.allSettled(jobs);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const waits = [];
    document.dispatchEvent(new CustomEvent("hostcity:signout", { detail: { waitUntil: (promise) => waits.push(promise) } }));
    const enough = new Promise((resolve) => setTimeout(resolve, 5000));
    Promise.race([Promise.allSettled(waits), enough])
      .then(clearAll)
      .finally(() => form.submit());
  });
})();
