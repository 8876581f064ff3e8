# Uncaught AttributeError on a module.
import helper_consts
print(helper_consts.ANSWER)
print(helper_consts.QUESTION)
