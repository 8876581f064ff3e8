# Pins point 20: tasks left by one run() are cancelled; a later run() starts with no tasks but the new main.
async def forever():
    try:
        await sleep(10)
    finally:
        print("forever cleaned up")

async def first():
    create_task(forever())
    await sleep(0)
    return len(all_tasks())

async def second():
    return len(all_tasks())

print(run(first()))
print(run(second()))
