// Keeps the scanner page and its scripts for when the gate has no network.
const CACHE = "hostcity-scanner-v1";
const PAGES = ["{{ scanner_url }}", "{{ scripts.0 }}", "{{ scripts.1 }}", "{{ scripts.2 }}"];
self.addEventListener("install", (event) => event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PAGES))));
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(
    fetch(event.request).then((response) => {
      const copy = response.clone();
      if (response.ok) caches.open(CACHE).then((cache) => cache.put(event.request, copy));
      return response;
    }).catch(() => caches.match(event.request))
  );
});
