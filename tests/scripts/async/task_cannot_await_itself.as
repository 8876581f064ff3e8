# Pins that a task awaiting itself fails with RuntimeError instead of hanging.
async def selfish():
    await current_task()

async def main():
    t = create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).startswith("Task cannot await on itself"))

run(main())
