#!/usr/bin/env bash
# schemathesis against the OpenAPI schema of a demo served by gunicorn: every operation, coverage,
# fuzzing and stateful phases, as the administrator; checks: no server error, responses match the
# schema. Needs `pip install 'schemathesis>=4,<5'`. Prints schemathesis' summary (cases generated,
# failures). Usage: bench/api_fuzz.sh [MAX_EXAMPLES per operation, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
export HOSTCITY_HOME="$(mktemp -d /tmp/hostcity-fuzz-XXXX)" SECRET_KEY="fuzz-$(python3 -c 'import secrets; print(secrets.token_urlsafe(40))')"
.venv/bin/hostcity demo --prepare-only > /dev/null
TOKEN=$(HOSTCITY_DEBUG=1 .venv/bin/hostcity manage shell -c "from rest_framework.authtoken.models import Token; from django.contrib.auth.models import User; print(Token.objects.get_or_create(user=User.objects.get(username='administrator'))[0].key)" | tail -1)
.venv/bin/hostcity serve --no-prepare --bind 127.0.0.1:8765 --workers 2 > "$HOSTCITY_HOME/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 4
.venv/bin/st run http://127.0.0.1:8765/api/schema/ -H "Authorization: Token $TOKEN" \
    -c not_a_server_error,response_schema_conformance -n "${1:-15}" -w 2
