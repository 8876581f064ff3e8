# Larger, more realistic workloads commonly used to compare interpreters.
# Sourced by bench/run.sh; see bench/core/suite.sh for the format.
SUITE_RUNTIMES=(aster python3 lua node)
SUITE_RATIOS=(python3 lua)
SUITE_BENCHMARKS=(nbody spectral_norm raytrace wordfreq sort)
