# time: the clocks only by their relations (they advance, sleep waits at
# least as long as asked), and sleep's argument errors.
import time

t0, p0, n0, w0, wn0 = time.monotonic(), time.perf_counter(), time.monotonic_ns(), time.time(), time.time_ns()
time.sleep(0.05)
t1, p1, n1, w1, wn1 = time.monotonic(), time.perf_counter(), time.monotonic_ns(), time.time(), time.time_ns()
print(t1 - t0 >= 0.05, p1 - p0 >= 0.05, n1 - n0 >= 50000000, w1 > w0, wn1 > wn0, t1 - t0 < 5)
start = time.perf_counter()
time.sleep(0.02)
time.sleep(0)
time.sleep(False)
time.sleep(1 / 100)
print(time.perf_counter() - start >= 0.03)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1, time.time() > 1.6e9, time.process_time_ns() >= 0)
print(time.monotonic() <= time.monotonic(), time.perf_counter_ns() <= time.perf_counter_ns())
for bad in [-1, -0.5, "x", None, float("nan"), [1]]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
