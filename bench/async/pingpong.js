// Ping-pong: 200k round trips between two tasks through two unbounded queues:
// A puts on q1, B gets from q1 and puts on q2, A gets from q2. Every get blocks,
// so each round trip is two task switches through promises. The queue is a
// minimal version of asyncio.Queue: an async put() that never blocks, and an
// async get() that waits on a promise while the queue is empty.
"use strict";

const N = 200000;

class Queue {
  constructor() {
    this.items = [];
    this.getters = [];
  }

  async put(item) {
    this.items.push(item);
    if (this.getters.length > 0) this.getters.shift()();
  }

  async get() {
    while (this.items.length === 0) {
      await new Promise((resolve) => this.getters.push(resolve));
    }
    return this.items.shift();
  }
}

async function ping(q1, q2) {
  let total = 0;
  for (let i = 0; i < N; i++) {
    await q1.put(i);
    total += await q2.get();
  }
  return total;
}

async function pong(q1, q2) {
  for (let i = 0; i < N; i++) {
    const x = await q1.get();
    await q2.put(x % 7);
  }
}

async function main() {
  const q1 = new Queue();
  const q2 = new Queue();
  const [total] = await Promise.all([ping(q1, q2), pong(q1, q2)]);
  console.log(`pingpong ${N} round trips, checksum ${total}`);
}

main();
