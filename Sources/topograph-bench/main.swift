// Placeholder; the benchmark driver follows.
print("topograph-bench")
