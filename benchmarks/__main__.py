"""`make bench`: run every benchmark, print its table and append its figures to results.csv.

The scaling sizes default to 1×, 10× and 100× (about 2 minutes); set ``GOVDATA_BENCH_SIZES=1,10``
for a quicker run.
"""

from benchmarks import accuracy, build_memory, build_time, scaling, throughput

if __name__ == "__main__":
    accuracy.main()
    print()
    throughput.main()
    print()
    scaling.main()
    print()
    build_memory.main()
    print()
    build_time.main()
