# time: struct_time (repr, indexing, attributes, equality), gmtime,
# localtime/mktime round trips, strftime, asctime, ctime and their errors.
import time

t = time.gmtime(1700000000.5)
print(repr(t))
print(t)
print(t[0], t[-1], t[2:5], len(t), t.tm_zone, t.tm_gmtoff, t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t == tuple(t), tuple(t) == t, t == time.gmtime(1700000000), t != t, type(t).__name__, list(t))
year, month, *rest = t
print(year, month, rest, 2023 in t, hash(t) == hash(tuple(t)))
print(time.gmtime(0))
print(time.gmtime(-1.5))
print(time.gmtime(True), time.gmtime(951782400))
for bad in [1e20, "x", float("nan")]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    t[9]
except IndexError as e:
    print("IndexError:", e)
try:
    t.tm_year = 5
except AttributeError as e:
    print("AttributeError:", e)

print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %%", t))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)), repr(time.strftime("", t)))
print(time.asctime(t), "|", time.asctime((2024, 1, 5, 3, 4, 5, 0, 5, 0)))
tuples = [(2024, 1, 1, 0, 0, 0, -1, 1, 0), (2024, 1, 1, 0, 0, 0, 9, 1, 0), (2024, 1, 0, 0, 0, 0, 0, 0, 0),
          (2024, 1, 32, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 24, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 60, 0, 0, 0, 0),
          (2024, 1, 1, 0, 0, 62, 0, 0, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, 0, 1, 5),
          (2024, 1, 1, 0, 0, 0, 0, 1.5, 0), (2024, 0, 5, 3, 4, 5, 0, 5, 0), (2024, 13, 1, 0, 0, 0, 0, 1, 0),
          (2024, 1, 1, 0, 0, 0, -3, 1, 0), (1, 2, 3), 5, "x", [2024, 1, 1, 0, 0, 0, 0, 1, 0]]
for tup in tuples:
    for f in (time.strftime, time.asctime, time.mktime):
        try:
            r = f("%Y %m %d %H %M %S %a %j", tup) if f is time.strftime else f(tup)
            if f is time.mktime:
                r = type(r).__name__
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(f.__name__, tup, r)

now = time.time()
local = time.localtime(now)
print(time.mktime(local) == float(int(now)), time.localtime(1700000000) == time.localtime(1700000000.9))
print(time.mktime(time.localtime(1234567890)), type(local).__name__, len(local))
print(time.localtime(86400 * 365).tm_year in (1970, 1971), time.localtime().tm_year >= 2024)
print(len(time.ctime()), len(time.asctime()), time.ctime(0) == time.asctime(time.localtime(0)))
print(time.ctime(1700000000) == time.asctime(time.localtime(1700000000)))
print(time.strftime("%Y") == str(time.localtime().tm_year), time.strftime("%H:%M", time.localtime(3600 * 5))[2])
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(time.struct_time.__name__, isinstance(t, time.struct_time))
