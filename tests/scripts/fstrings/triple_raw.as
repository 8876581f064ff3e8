# Triple-quoted and raw f-strings; quotes and newlines inside.
v = 7
print(f"""multi
line {v}
end""")
print(rf"raw \n {v}", fr"\t{v}\t")
print(f'''{"double" + 'single'}''')
print(f"{v:>{v}}|", f"{'a' 'b'}")
items = ["x", "y"]
print(f"""{items[0]}
{items[1]!r:>5}""")
