-- Word frequency over a generated text: string building, splitting, stripping,
-- lower-casing, table get/set with string keys, then a sort of the items.
local SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu", "an", "er"}

local function make_vocab(n)
  local vocab = {}
  for i = 0, n - 1 do
    local w = ""
    local k = i
    while true do
      w = w .. SYLLABLES[k % 12 + 1]
      k = k // 12
      if k == 0 then break end
    end
    vocab[#vocab + 1] = w
  end
  return vocab
end

local function make_text(vocab, nwords)
  local seed = 42
  local out = {}
  for i = 0, nwords - 1 do
    seed = (seed * 48271) % 2147483647
    local span = 1 + seed % #vocab
    seed = (seed * 48271) % 2147483647
    local w = vocab[seed % span + 1]
    if i % 11 == 0 then w = w:upper() end
    if i % 13 == 0 then
      w = w .. "."
    elseif i % 7 == 0 then
      w = w .. ","
    end
    out[#out + 1] = w
  end
  return table.concat(out, " ")
end

local function main()
  local vocab = make_vocab(3000)
  local text = make_text(vocab, 400000)
  local counts = {}
  local distinct, total = 0, 0
  for w in text:gmatch("%S+") do
    w = w:match("^[.,]*(.-)[.,]*$"):lower()
    local c = counts[w]
    if c == nil then
      distinct = distinct + 1
      counts[w] = 1
    else
      counts[w] = c + 1
    end
    total = total + 1
  end
  local items = {}
  for k, v in pairs(counts) do items[#items + 1] = {k, v} end
  table.sort(items, function(a, b)
    if a[2] ~= b[2] then return a[2] > b[2] end
    return a[1] < b[1]
  end)
  print(string.format("wordfreq %d %d %d", #text, total, distinct))
  for i = 1, 5 do print(items[i][1] .. " " .. items[i][2]) end
end

main()
