// Task spawning: 200k tasks, each awaiting sleep(0) twice (so each is resumed by
// the loop three times), all gathered. Task creation, scheduling and gather.
// sleep(0) is a setImmediate (one turn of the event loop, as in asyncio).
"use strict";

const N = 200000;

const sleep0 = () => new Promise((resolve) => setImmediate(resolve));

async function worker(i) {
  await sleep0();
  await sleep0();
  return i % 7;
}

async function main() {
  const tasks = [];
  for (let i = 0; i < N; i++) tasks.push(worker(i));
  const results = await Promise.all(tasks);
  let total = 0;
  for (const r of results) total += r;
  console.log(`spawn ${results.length} tasks, checksum ${total}`);
}

main();
