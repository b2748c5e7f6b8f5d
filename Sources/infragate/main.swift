print("infragate")
