"""The Content-Security-Policy header: scripts, styles, fonts and connections from this site only
(no inline scripts anywhere in hostcity's pages), images also from the configured map tile server;
the API's interactive docs (Swagger UI starts itself with an inline script) get that one allowance."""

from urllib.parse import urlsplit

from django.conf import settings


def _policy(extra_script: str = "") -> str:
    tiles = ""
    if settings.MAP_TILES:
        parts = urlsplit(settings.MAP_TILES.replace("{s}", "a"))
        tiles = f" {parts.scheme}://{parts.netloc}" if parts.netloc else ""
        if "{s}" in settings.MAP_TILES:
            tiles = f" {parts.scheme}://*.{parts.netloc.split('.', 1)[-1]}"
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self'{extra_script}",
            "style-src 'self' 'unsafe-inline'",  # htmx, Leaflet and ECharts set style attributes
            f"img-src 'self' data: blob:{tiles}",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'",
        ]
    )


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.strict = _policy()
        self.docs = _policy(" 'unsafe-inline'")

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            docs = request.path.startswith("/api/docs")
            response["Content-Security-Policy"] = self.docs if docs else self.strict
        return response
