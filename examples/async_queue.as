# async_queue.as - a producer/consumer pipeline with a bounded queue.
#
# The seed tutorial "Overview of Async IO in Python 3.7" lists queues among
# asyncio's other high-level APIs; this is the classic program for them.
# A fast producer makes orders, a slower consumer (the kitchen) handles them.
# The queue holds at most 2 orders: when it is full, `await queue.put(...)`
# suspends the producer until the consumer takes an order out. That is
# backpressure: the fast side is slowed down to the pace of the slow side
# instead of piling up unbounded work.
#
# Shows: asyncio.Queue(maxsize=...), put/get, qsize/full, task_done/join,
# and stopping consumer tasks by cancelling them.
#
#   aster examples/async_queue.as

import asyncio
import time

START = time.monotonic()


def log(who, message):
    print(f"{time.monotonic() - START:.1f}s  {who:<8} {message}")


async def producer(queue, orders):
    for order in orders:
        if queue.full():
            log("producer", f"queue full, waiting to add {order}")
        await queue.put(order)          # suspends while the queue is full
        log("producer", f"added {order} (queue size {queue.qsize()})")
    log("producer", "done")


async def consumer(name, queue, seconds_per_order, served):
    while True:
        order = await queue.get()       # suspends while the queue is empty
        log(name, f"cooking {order}")
        await asyncio.sleep(seconds_per_order)
        served.append(order)
        log(name, f"served {order}")
        queue.task_done()               # lets queue.join() count it


async def main():
    queue = asyncio.Queue(maxsize=2)
    orders = ["soup", "salad", "pasta", "pizza", "cake", "tea"]
    served = []

    # The consumer runs forever; it is stopped below once the work is done.
    kitchen = asyncio.create_task(consumer("kitchen", queue, 0.1, served))

    # The producer finishes when it has put the last order in the queue...
    await producer(queue, orders)
    # ...and join() waits until task_done() was called for every order.
    await queue.join()
    log("main", f"all orders served: {served == orders}")

    kitchen.cancel()
    # gather with return_exceptions=True waits for the cancelled task
    # without raising its CancelledError here.
    await asyncio.gather(kitchen, return_exceptions=True)
    log("main", f"kitchen stopped: {kitchen.cancelled()}")


asyncio.run(main())
