print("socle-bench")
