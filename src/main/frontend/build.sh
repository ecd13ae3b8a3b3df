#!/usr/bin/env bash
# Rebuilds the committed front-end assets from GOV.UK Frontend's Sass (npm registry).
# Output: src/main/resources/META-INF/resources/static/
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --silent
out=../resources/META-INF/resources/static
mkdir -p "$out/govuk"
npx sass --no-source-map --style=compressed --quiet app.scss "$out/app.css"
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$out/govuk/govuk-frontend.min.js"
echo "built $out/app.css"
