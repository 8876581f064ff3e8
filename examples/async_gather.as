# async_gather.as - run several simulated downloads at once with gather.
#
# Ported from the seed tutorial "Overview of Async IO in Python 3.7": its
# aiohttp example fetched the top posts of four subreddits concurrently.
# Here the network is simulated: each "server" answers after a fixed delay
# with data from a dict, so the program runs anywhere and always prints the
# same thing.
#
# Shows: asyncio.gather (results come back in argument order, whatever the
# order in which the coroutines finish), return_exceptions=True, and that
# concurrent waits overlap: four fetches of 0.1-0.4 s take 0.4 s in all.
#
#   aster examples/async_gather.as

import asyncio
import time

# subreddit -> (response delay in seconds, top posts as (score, title))
FAKE_SERVER = {
    "python": (0.3, [(2311, "Python 3.11 is up to 60% faster"),
                     (1870, "What is your favourite standard module?"),
                     (1432, "I automated my weekly report"),
                     (998, "Type hints: yes or no?")]),
    "programming": (0.1, [(5120, "Why is naming things so hard?"),
                          (3307, "A tour of event loops"),
                          (2954, "Falsehoods programmers believe about time"),
                          (1202, "Write the tests first, really")]),
    "asyncio": (0.4, [(212, "gather vs TaskGroup"),
                      (187, "Do not call time.sleep in a coroutine")]),
    "dailyprogrammer": (0.2, [(96, "[Easy] Count the words of a file")]),
}


async def fetch(subreddit):
    """Pretend to download the top posts of a subreddit."""
    if subreddit not in FAKE_SERVER:
        await asyncio.sleep(0.05)
        raise LookupError(f"r/{subreddit} does not exist")
    delay, posts = FAKE_SERVER[subreddit]
    await asyncio.sleep(delay)       # the time the "network" takes
    return posts


async def get_reddit_top(subreddit, numposts):
    posts = await fetch(subreddit)
    # Printed as soon as this download finishes: fastest server first.
    print(f"r/{subreddit}:")
    for score, title in posts[:numposts]:
        print(f"\t{score}: {title}")
    return len(posts[:numposts])


async def main():
    start = time.monotonic()
    counts = await asyncio.gather(
        get_reddit_top("python", 3),
        get_reddit_top("programming", 4),
        get_reddit_top("asyncio", 2),
        get_reddit_top("dailyprogrammer", 1),
    )
    elapsed = time.monotonic() - start
    # gather returns the results in the order of its arguments.
    print("posts shown per subreddit:", counts)
    print(f"took about {round(elapsed, 1)} s (the slowest server), not 1.0 s")

    print()
    # With return_exceptions=True a failure becomes a value in the result
    # list instead of propagating, and the other fetches still complete.
    results = await asyncio.gather(
        fetch("dailyprogrammer"),
        fetch("no_such_place"),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, Exception):
            print("failed:", type(result).__name__, "-", result)
        else:
            print("got", len(result), "post(s)")

    # Without it, the first exception propagates to whoever awaits gather.
    try:
        await asyncio.gather(fetch("python"), fetch("no_such_place"))
    except LookupError as e:
        print("gather raised:", e)


asyncio.run(main())
