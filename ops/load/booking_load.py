#!/usr/bin/env python3
"""Interim HTTP load check (until issue 12's load benchmark in ops/): N clients book rides over HTTP with an API
token against a running service, then it waits until every projection has caught up.

    python3 ops/load/booking_load.py --base http://localhost:8080 --password ADMIN_PASSWORD [--clients 8] [--bookings 2000]

Prints bookings/s, p50/p95/p99 latency and the time from the last 2xx until the processors' lag is 0.
Standard library only."""
import argparse, http.client, json, threading, time, uuid
from urllib.parse import urlparse
import base64

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--password", required=True)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--bookings", type=int, default=2000)
    a = p.parse_args()
    u = urlparse(a.base)

    def conn():
        return http.client.HTTPConnection(u.hostname, u.port, timeout=30)

    basic = "Basic " + base64.b64encode(("admin:" + a.password).encode()).decode()
    c = conn()

    def call(c, method, path, body=None, auth=basic):
        c.request(method, path, body=None if body is None else json.dumps(body),
                  headers={"Authorization": auth, "Content-Type": "application/json"})
        r = c.getresponse()
        data = r.read()
        return r.status, (json.loads(data) if data else None)

    s, tok = call(c, "POST", "/api/users/me/tokens", {"name": "load"})
    bearer = "Bearer " + tok["token"]
    org = "load-" + uuid.uuid4().hex[:6]
    base = "/api/orgs/" + org
    call(c, "POST", base + "/services", {"code": "bus", "name": "bus", "kind": "DEMAND_RESPONSIVE",
         "deadline": {"daysBefore": 1, "time": "17:00"},
         "calendar": {"weekdays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"],
                      "runsOnHolidays": True}}, bearer)
    call(c, "POST", base + "/services/bus/fares", {"effectiveFrom": "2020-01-01", "kind": "FLAT", "flatYen": 300}, bearer)
    seats = 40
    runs = []
    date = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 7 * 86400))
    for i in range((a.bookings + seats - 1) // seats):
        _, v = call(c, "POST", base + "/vehicles", {"registrationNumber": "会津 %d" % i, "seats": seats,
                                                    "wheelchairSpaces": 1}, bearer)
        _, d = call(c, "POST", base + "/drivers", {"name": "運転 %d" % i, "licenceKind": "CLASS_2",
                    "licenceExpiry": "2099-01-01", "qualification": "CLASS_2_LICENCE"}, bearer)
        dep = "%02d:%02d" % (6 + i // 60, i % 60)
        _, r = call(c, "POST", base + "/runs", {"service": "bus", "serviceDate": date, "departure": dep,
                    "vehicleId": v["vehicleId"], "driverId": d["driverId"]}, bearer)
        runs.append(r["runId"])
    jobs = [runs[i // seats] for i in range(a.bookings)]
    lock = threading.Lock()
    lat, errors = [], []

    def worker():
        c = conn()
        while True:
            with lock:
                if not jobs:
                    return
                run = jobs.pop()
            t = time.perf_counter()
            st, _ = call(c, "POST", base + "/bookings", {"runId": run, "pickup": {"home": True},
                         "dropOff": {"home": True}}, bearer)
            ms = (time.perf_counter() - t) * 1000
            with lock:
                (lat if st == 201 else errors).append(ms if st == 201 else st)

    start = time.perf_counter()
    ts = [threading.Thread(target=worker) for _ in range(a.clients)]
    [t.start() for t in ts]
    [t.join() for t in ts]
    took = time.perf_counter() - start
    last = time.perf_counter()
    c.close()  # idle through the bookings: the server may have closed it (keep-alive timeout)
    c = conn()
    while True:
        _, ps = call(c, "GET", "/api/admin/processors", auth=bearer)
        if all(p["lagEvents"] == 0 for p in ps):
            break
        time.sleep(0.05)
    caught = time.perf_counter() - last
    lat.sort()
    q = lambda f: lat[min(len(lat) - 1, int(f * len(lat)))]
    print("clients %d, bookings %d (refused %d), %.1f s: %.0f bookings/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; "
          "processors caught up %.2f s after the last 2xx" % (a.clients, len(lat), len(errors), took, len(lat) / took,
                                                           q(0.5), q(0.95), q(0.99), caught))

main()
