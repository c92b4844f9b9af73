package pl.kcs.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExecutorTest {

  private static final ScenarioParameters SCENARIO =
      ScenarioParameters.builder().months(12).build();

  @Test
  void a_run_on_the_callers_executor_gives_the_same_result_and_leaves_the_executor_running()
      throws Exception {
    RunSettings settings = RunSettings.builder().seed(42).replications(6_000).threads(3).build();
    SimulationResult own = Simulation.of(SCENARIO).run(settings);
    ExecutorService executor =
        Executors.newFixedThreadPool(2, task -> new Thread(task, "application-pool"));
    try {
      Set<String> threads = ConcurrentHashMap.newKeySet();
      RunSettings watched =
          RunSettings.builder()
              .seed(42)
              .replications(6_000)
              .threads(3)
              .progress((done, total) -> threads.add(Thread.currentThread().getName()))
              .build();

      SimulationResult onExecutor = Simulation.of(SCENARIO).run(watched, executor);

      assertThat(onExecutor.toCsv()).isEqualTo(own.toCsv());
      assertThat(threads).containsOnly("application-pool");
      assertThat(executor.isShutdown()).isFalse();
      // The executor still serves the application.
      assertThat(executor.submit(() -> "still running").get(10, TimeUnit.SECONDS))
          .isEqualTo("still running");
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void the_callers_own_thread_serves_as_an_executor() {
    RunSettings settings = RunSettings.builder().seed(7).replications(3_000).threads(2).build();

    assertThat(Simulation.of(SCENARIO).run(settings, Runnable::run).toCsv())
        .isEqualTo(Simulation.of(SCENARIO).run(settings).toCsv());
  }

  @Test
  void progress_and_cancellation_work_on_the_callers_executor() {
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try {
      AtomicLong last = new AtomicLong();
      Simulation.of(SCENARIO)
          .run(
              RunSettings.builder()
                  .seed(1)
                  .replications(5_000)
                  .threads(2)
                  .progress((done, total) -> last.accumulateAndGet(done, Math::max))
                  .build(),
              executor);
      assertThat(last.get()).isEqualTo(5_000L);

      Cancellation cancellation = new Cancellation();
      RunSettings cancelling =
          RunSettings.builder()
              .seed(1)
              .replications(1_000_000)
              .threads(2)
              .cancellation(cancellation)
              .progress((done, total) -> cancellation.cancel())
              .build();
      assertThatThrownBy(
              () -> Simulation.of(ScenarioParameters.defaults()).run(cancelling, executor))
          .isInstanceOf(CancellationException.class)
          .hasMessageEndingWith(" of 1000000 replications");
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void an_executor_that_refuses_work_fails_the_run() {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    executor.shutdown();

    assertThatThrownBy(
            () ->
                Simulation.of(SCENARIO)
                    .run(
                        RunSettings.builder().seed(1).replications(3_000).threads(2).build(),
                        executor))
        .isInstanceOf(RejectedExecutionException.class);
    assertThatThrownBy(() -> Simulation.of(SCENARIO).run(RunSettings.withSeed(1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("executor");
  }
}
