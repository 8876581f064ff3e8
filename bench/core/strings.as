# 300k f-strings joined with "," and split again: string building and splitting.
def main():
    parts = []
    i = 0
    while i < 300000:
        parts.append(f"item{i}:{i*2}")
        i += 1
    s = ",".join(parts)
    back = s.split(",")
    print("strings", len(parts), len(s), len(back), back[123456])


main()
