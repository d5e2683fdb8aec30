"""`make bench`: run every benchmark and print its table."""

from benchmarks import throughput

if __name__ == "__main__":
    throughput.main()
