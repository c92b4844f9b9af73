package pl.kcs.spark;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import pl.kcs.simulation.DesignFile;
import pl.kcs.simulation.RunSettings;
import pl.kcs.simulation.ScenarioParameters;
import pl.kcs.simulation.Simulation;
import pl.kcs.simulation.Uncertainty;
import scala.Tuple2;

/**
 * One Spark partition's tasks: each {@code {point, fromBlock, toBlock}} run with kcs-simulation's
 * engine on the executor's thread, lazily, one at a time. The design is parsed once per partition
 * from the file's text.
 */
final class BlockTasks implements Iterator<Tuple2<Integer, byte[]>> {

  private final Iterator<long[]> tasks;
  private final String text;
  private ImmutableList<ScenarioParameters> scenarios;
  private Uncertainty uncertainty;
  private RunSettings settings;

  BlockTasks(String text, Iterator<long[]> tasks) {
    this.text = text;
    this.tasks = tasks;
  }

  @Override
  public boolean hasNext() {
    return tasks.hasNext();
  }

  @Override
  public Tuple2<Integer, byte[]> next() {
    if (!tasks.hasNext()) {
      throw new NoSuchElementException();
    }
    long[] task = tasks.next();
    if (scenarios == null) {
      DesignFile file = DesignFile.parse(text);
      scenarios = file.scenarios();
      uncertainty = file.uncertainty();
      settings = file.settings(1);
    }
    int point = (int) task[0];
    byte[] part =
        Simulation.of(scenarios.get(point), uncertainty)
            .runBlocks(settings, task[1], task[2])
            .toBytes();
    return new Tuple2<>(point, part);
  }
}
