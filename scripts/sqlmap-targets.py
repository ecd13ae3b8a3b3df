#!/usr/bin/env python3
"""Writes one raw HTTP request per operation of the app's OpenAPI document, for sqlmap (-r).

Every parameter gets a plausible value followed by sqlmap's injection marker (*): path parameters,
query and form fields, every JSON value. sqlmap then tests exactly the marked points (it tests only
marked points once there is one, so all are marked). Next to each NAME.req, NAME.params lists the
parameters in order. Used by scripts/sqlmap.sh.

usage: sqlmap-targets.py OPENAPI.json OUT_DIR HOST:PORT VALUES.json
  VALUES.json maps a path parameter's name to a real value (a request reference, a case slug).
"""
import json
import os
import sys
import urllib.parse

spec = json.load(open(sys.argv[1]))
out = sys.argv[2]
host = sys.argv[3]
values = json.load(open(sys.argv[4]))
schemas = spec.get("components", {}).get("schemas", {})
SKIP_PREFIXES = ("/q/",)  # Quarkus's own endpoints (health, metrics, OpenAPI): no app code
# Values that pass validation, so each request reaches the code behind it (by field name).
NAMED = {"regime": "FOIA", "received": "2026-03-02", "page": "1", "sort": "newest",
         "year": "2025", "q": "exploitation", "kind": "clarification-requested",
         "version": "1", "table": "1", "code": "FOIA-1-1-a", "channel": "EMAIL",
         "summary": "Potholes", "requesterName": "Sam Doe", "requesterContact": "sam@example.org",
         "requestText": "1. How many potholes?", "verdict": "AGREE",
         "after": "", "before": "", "outcome": "NOT_HELD", "provision": "FOIA-1-1-a"}


def resolve(schema):
    while schema and "$ref" in schema:
        schema = schemas.get(schema["$ref"].split("/")[-1], {})
    for key in ("allOf", "oneOf", "anyOf"):
        if schema and key in schema:
            merged = {}
            for part in schema[key]:
                part = resolve(part)
                merged.setdefault("properties", {}).update(part.get("properties", {}))
                merged.setdefault("type", part.get("type"))
            return merged
    return schema or {}


def sample(name, schema, depth=0):
    schema = resolve(schema)
    kind = schema.get("type")
    fmt = schema.get("format", "")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if "enum" in schema and schema["enum"]:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        if depth > 3:
            return {}
        return {k: sample(k, v, depth + 1) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        return [sample(name, schema.get("items", {}), depth + 1)]
    if kind in ("integer", "number"):
        return 1
    if kind == "boolean":
        return True
    if fmt == "date" or name.lower().endswith("date") or name.endswith(("On", "Due")):
        return "2026-03-02"
    if fmt == "date-time":
        return "2026-03-02T10:00:00Z"
    if name.endswith("-day"):
        return "2"
    if name.endswith("-month"):
        return "3"
    if name.endswith("-year"):
        return "2026"
    return str(values.get(name, NAMED.get(name, "test")))


def marked_json(value, names, prefix=""):
    """The JSON text of value with a marker after every leaf, and the leaves' names."""
    if isinstance(value, dict):
        return "{" + ", ".join(json.dumps(k) + ": " + marked_json(v, names, prefix + k + ".")
                               for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(marked_json(v, names, prefix) for v in value) + "]"
    names.append("json:" + prefix.rstrip("."))
    if isinstance(value, bool):
        return ("true" if value else "false") + "*"
    if isinstance(value, (int, float)):
        return str(value) + "*"
    return json.dumps(str(value) + "*")


def field_value(name, schema):
    value = sample(name, schema)
    if isinstance(value, list):
        value = value[0] if value else "test"
    if isinstance(value, dict):
        return "test"
    if isinstance(value, bool):
        return "true"
    return str(value)


count = 0
for path, item in sorted(spec.get("paths", {}).items()):
    if path.startswith(SKIP_PREFIXES):
        continue
    for method, op in item.items():
        if method not in ("get", "post", "put", "patch", "delete"):
            continue
        params = item.get("parameters", []) + op.get("parameters", [])
        url = path
        query = []
        names = []
        for p in params:
            name, where = p.get("name"), p.get("in")
            if where == "path":
                value = values.get(name, NAMED.get(name, "1"))
                url = url.replace("{" + name + "}", urllib.parse.quote(str(value)) + "*")
                names.append("path:" + name)
            elif where == "query":
                query.append((name, field_value(name, p.get("schema", {}))))
                names.append("query:" + name)
        if query:
            url += "?" + "&".join(urllib.parse.quote(k) + "=" + urllib.parse.quote(v) + "*"
                                  for k, v in query)
        body, ctype = None, None
        content = (op.get("requestBody") or {}).get("content", {})
        if "application/json" in content:
            ctype = "application/json"
            body = marked_json(sample("body", content[ctype].get("schema", {})), names)
        elif "application/x-www-form-urlencoded" in content or "multipart/form-data" in content:
            # A page's form. The CSRF field holds a placeholder that sqlmap.sh replaces with each
            # role's token (and tells sqlmap to skip).
            key = "application/x-www-form-urlencoded" if "application/x-www-form-urlencoded" in content else "multipart/form-data"
            schema = resolve(content[key].get("schema", {}))
            fields = [(k, field_value(k, v)) for k, v in schema.get("properties", {}).items()
                      if resolve(v).get("format") != "binary" and k != "csrf-token"]
            names += ["form:" + k for k, _ in fields]
            fields = [(k, v + "*") for k, v in fields] + [("csrf-token", "__CSRF__")]
            if key == "multipart/form-data":
                b = "sqlmapboundary7MA4YWxk"
                ctype = f"multipart/form-data; boundary={b}"
                body = "".join(f'--{b}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
                               for k, v in fields) + f"--{b}--\r\n"
            else:
                ctype = key
                body = "&".join(urllib.parse.quote(k) + "=" + urllib.parse.quote(v, safe="*")
                                for k, v in fields)
        elif method in ("post", "put", "patch") and content:
            continue  # another body type (a file alone): no parameter for sqlmap
        elif method == "post" and not path.startswith("/api/"):
            ctype = "application/x-www-form-urlencoded"  # a page's button: only the CSRF token
            body = "csrf-token=__CSRF__"
        if not names:
            continue  # no parameter: nothing for sqlmap to test
        count += 1
        name = f"{count:03d}-{method.upper()}-{path.strip('/').replace('/', '_').replace('{', '').replace('}', '') or 'root'}"
        with open(os.path.join(out, name + ".params"), "w") as f:
            f.write("\n".join(names) + "\n")
        with open(os.path.join(out, name + ".req"), "w") as f:
            f.write(f"{method.upper()} {url} HTTP/1.1\r\nHost: {host}\r\nAccept: */*\r\n")
            if body is not None:
                f.write(f"Content-Type: {ctype}\r\n\r\n{body}")
            else:
                f.write("\r\n")
print(count)
