// Word frequency over a generated text: string building, split, strip, lower-case,
// Map get/set with string keys, then a sort of the entries.
const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu", "an", "er"];

function makeVocab(n) {
  const vocab = [];
  for (let i = 0; i < n; i++) {
    let w = "";
    let k = i;
    while (true) {
      w += SYLLABLES[k % 12];
      k = Math.floor(k / 12);
      if (k === 0) break;
    }
    vocab.push(w);
  }
  return vocab;
}

function makeText(vocab, nwords) {
  let seed = 42;
  const out = [];
  for (let i = 0; i < nwords; i++) {
    seed = (seed * 48271) % 2147483647;
    const span = 1 + seed % vocab.length;
    seed = (seed * 48271) % 2147483647;
    let w = vocab[seed % span];
    if (i % 11 === 0) w = w.toUpperCase();
    if (i % 13 === 0) w = w + ".";
    else if (i % 7 === 0) w = w + ",";
    out.push(w);
  }
  return out.join(" ");
}

function main() {
  const vocab = makeVocab(3000);
  const text = makeText(vocab, 400000);
  const counts = new Map();
  let total = 0;
  for (let w of text.split(" ")) {
    w = w.replace(/^[.,]+|[.,]+$/g, "").toLowerCase();
    counts.set(w, (counts.get(w) || 0) + 1);
    total += 1;
  }
  const top = [...counts.entries()].sort((a, b) =>
    a[1] !== b[1] ? b[1] - a[1] : (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  console.log(`wordfreq ${text.length} ${total} ${counts.size}`);
  for (const [w, c] of top.slice(0, 5)) console.log(`${w} ${c}`);
}

main();
