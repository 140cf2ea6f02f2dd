print("runnable package initialised")
