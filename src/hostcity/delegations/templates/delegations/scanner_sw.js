// Keeps what the gate needs with no network: the scanner's shell page (no form, no token, no user's
// name) and its scripts. Nothing else is ever put in the cache, and sign-out clears it all.
const CACHE = "hostcity-scanner-v2";
const SCANNER = "{{ scanner_url }}";
const SHELL = "{{ shell_url }}";
const KEEP = [SHELL, "{{ scripts.0 }}", "{{ scripts.1 }}", "{{ scripts.2 }}"];
self.addEventListener("install", (event) => event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(KEEP))));
self.addEventListener("activate", (event) => event.waitUntil(
  caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
));
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === SCANNER && event.request.mode === "navigate") {
    event.respondWith(fetch(event.request).catch(() => caches.match(SHELL)));
    return;
  }
  if (!KEEP.includes(url.pathname)) return;  // the API, other pages: never kept
  event.respondWith(
    fetch(event.request).then((response) => {
      const copy = response.clone();
      if (response.ok && !response.redirected) caches.open(CACHE).then((cache) => cache.put(event.request, copy));
      return response;
    }).catch(() => caches.match(event.request))
  );
});
