"""`make bench`: run every benchmark and print its table."""

from benchmarks import accuracy, throughput

if __name__ == "__main__":
    accuracy.main()
    throughput.main()
