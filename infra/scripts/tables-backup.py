#!/usr/bin/env python3
"""Export every table of a storage account to JSON Lines files, or import such files back.

AzCopy v10 does not copy tables; this does, with the standard library only (Python 3.8+, e.g. Azure Cloud Shell).
Entities keep their property types (Edm.Int64, Edm.DateTime, Edm.Guid, Edm.Binary, doubles); imports upsert, so a
rerun is harmless. One file per table: <directory>/<table>.jsonl, one entity per line.

  tables-backup.py export <table endpoint> <directory> [--prefix <table name prefix>]
  tables-backup.py import <table endpoint> <directory>

<table endpoint>: https://<account>.table.core.windows.net (or an Azurite URL ending with /devstoreaccount1).
Authentication, first found: TABLES_SAS (a SAS query string, for accounts that allow keys), TABLES_BEARER_TOKEN,
else a Microsoft Entra token of the signed-in Azure CLI identity (Storage Table Data Reader to export,
Storage Table Data Contributor to import).
"""
import argparse
import email.utils
import http.client
import json
import os
import pathlib
import subprocess
import sys
import urllib.parse

VERSION = "2020-12-06"
NO_METADATA = "application/json;odata=nometadata"


class TableService:
    def __init__(self, endpoint, sas, token):
        url = urllib.parse.urlsplit(endpoint.rstrip("/"))
        self.https, self.host, self.base = url.scheme == "https", url.netloc, url.path
        self.sas, self.token, self.conn = sas.lstrip("?"), token, None

    def request(self, method, path, query=None, body=None, accept=NO_METADATA, ok=(200, 201, 204)):
        qs = urllib.parse.urlencode(query or {})
        if self.sas:
            qs = f"{qs}&{self.sas}" if qs else self.sas
        target = f"{self.base}/{path}" + (f"?{qs}" if qs else "")
        headers = {"x-ms-version": VERSION, "x-ms-date": email.utils.formatdate(usegmt=True), "Accept": accept,
                   "DataServiceVersion": "3.0", "MaxDataServiceVersion": "3.0;NetFx"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):  # one reconnect when the server closed the kept-alive connection
            try:
                if self.conn is None:
                    kind = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
                    self.conn = kind(self.host, timeout=120)
                self.conn.request(method, target, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn = None
                if attempt == 2:
                    raise
        if response.status not in ok:
            sys.exit(f"tables-backup: {method} {self.base}/{path} answered {response.status}: "
                     f"{payload[:300].decode('utf-8', 'replace')}")
        return response, (json.loads(payload) if payload else None)

    def tables(self):
        names, query = [], {}
        while True:
            response, page = self.request("GET", "Tables", query)
            names += [t["TableName"] for t in page["value"]]
            next_name = response.getheader("x-ms-continuation-NextTableName")
            if not next_name:
                return names
            query = {"NextTableName": next_name}

    def entities(self, table):
        query = {}
        while True:
            response, page = self.request("GET", f"{table}()", query, accept="application/json;odata=fullmetadata")
            for entity in page["value"]:
                yield typed({k: v for k, v in entity.items() if not k.startswith("odata.")})
            pk = response.getheader("x-ms-continuation-NextPartitionKey")
            if not pk:
                return
            query = {"NextPartitionKey": pk, "NextRowKey": response.getheader("x-ms-continuation-NextRowKey") or ""}

    def upsert(self, table, entity):
        keys = ",".join(f"{k}='{quote_key(entity[k])}'" for k in ("PartitionKey", "RowKey"))
        body = {k: v for k, v in entity.items() if k not in ("Timestamp", "Timestamp@odata.type")}
        self.request("PUT", f"{table}({keys})", body=body, ok=(204,))


def typed(entity):
    """Annotates doubles explicitly: JSON alone cannot tell 2.0 from 2 to every reader (Azurite, jq 1.6)."""
    doubles = [k for k, v in entity.items() if isinstance(v, float) and f"{k}@odata.type" not in entity]
    for key in doubles:
        entity[f"{key}@odata.type"] = "Edm.Double"
    return entity


def quote_key(value):
    return urllib.parse.quote(value.replace("'", "''"), safe="")


def credentials():
    if os.environ.get("TABLES_SAS"):
        return os.environ["TABLES_SAS"], None
    if os.environ.get("TABLES_BEARER_TOKEN"):
        return "", os.environ["TABLES_BEARER_TOKEN"]
    token = subprocess.run(["az", "account", "get-access-token", "--resource", "https://storage.azure.com/",
                            "--query", "accessToken", "-o", "tsv"], check=True, capture_output=True, text=True)
    return "", token.stdout.strip()


def export(service, directory, prefix):
    directory.mkdir(parents=True, exist_ok=True)
    for table in (t for t in service.tables() if t.startswith(prefix)):
        count = 0
        with open(directory / f"{table}.jsonl", "w", encoding="utf-8") as out:
            for entity in service.entities(table):
                out.write(json.dumps(entity, ensure_ascii=False) + "\n")
                count += 1
        print(f"{table}: {count} entities", flush=True)


def restore(service, directory):
    for file in sorted(directory.glob("*.jsonl")):
        table, count = file.stem, 0
        service.request("POST", "Tables", body={"TableName": table}, ok=(201, 204, 409))
        with open(file, encoding="utf-8") as lines:
            for line in filter(str.strip, lines):
                service.upsert(table, json.loads(line))
                count += 1
        print(f"{table}: {count} entities", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["export", "import"])
    parser.add_argument("endpoint")
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--prefix", default="", help="export only the tables whose name starts with this")
    args = parser.parse_args()
    service = TableService(args.endpoint, *credentials())
    if args.mode == "export":
        export(service, args.directory, args.prefix)
    else:
        restore(service, args.directory)


if __name__ == "__main__":
    main()
