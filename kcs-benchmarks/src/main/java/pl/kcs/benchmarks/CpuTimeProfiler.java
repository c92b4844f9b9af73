package pl.kcs.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation: the benchmark process's CPU time over an iteration (the benchmark
 * threads, and the JIT and GC threads they keep busy) divided by the operations. On a shared
 * machine wall-clock time counts the time other processes took the cores; CPU time does not, so
 * ratios of CPU times hold better. Use with {@code -prof pl.kcs.benchmarks.CpuTimeProfiler}; the
 * result is the secondary metric {@code ·cpu.ns/op}.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - start;
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || cpu < 0) {
      return List.of();
    }
    return List.of(
        new ScalarResult("cpu.ns/op", (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
  }
}
