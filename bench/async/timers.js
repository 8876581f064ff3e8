// Timers: 100k tasks sleeping 50..149 ms (50 + i % 100), gathered. Timer insertion
// and expiry with many pending timers; the run cannot end before 149 ms.
"use strict";

const N = 100000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sleeper(i) {
  await sleep(50 + (i % 100));
  return i % 100;
}

async function main() {
  const tasks = [];
  for (let i = 0; i < N; i++) tasks.push(sleeper(i));
  const results = await Promise.all(tasks);
  let total = 0;
  for (const r of results) total += r;
  console.log(`timers ${results.length} tasks, checksum ${total}`);
}

main();
