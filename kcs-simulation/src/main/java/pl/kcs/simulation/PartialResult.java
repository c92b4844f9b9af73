package pl.kcs.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The aggregates of some of a run's replication blocks: what one machine, one Spark task or one
 * thread computed. Parts of the same run (the same {@link Simulation}, root seed and number of
 * replications) {@linkplain #merge merge} associatively and commutatively into exactly what one
 * process computes for the same seed: every aggregate is an integer count, sum, minimum or maximum,
 * and each block's random stream depends only on the seed and the block's number (see {@link
 * Simulation}). Once every block is in, {@link #toResult()} gives the {@link SimulationResult}.
 *
 * <pre>{@code
 * Simulation simulation = Simulation.of(parameters);
 * RunSettings settings = RunSettings.builder().seed(42).replications(100_000).build();
 * long blocks = Simulation.blocks(settings.replications());          // 98
 * PartialResult first = simulation.runBlocks(settings, 0, 50);       // here
 * PartialResult second = simulation.runBlocks(settings, 50, blocks); // elsewhere
 * SimulationResult result = second.merge(first).toResult();          // = simulation.run(settings)
 * }</pre>
 *
 * <p>{@link #toBytes()} gives a compact binary form to ship a part between machines; {@link
 * #fromBytes(Simulation, byte[])} reads it back for the same simulation.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartialResult {

  private static final int MAGIC = 0x4B435350; // "KCSP"
  private static final int FORMAT = 1;

  private final Simulation simulation;
  private final long seed;
  private final long replications;

  /** Sorted, disjoint, non-adjacent [start, end) pairs of block numbers. */
  private final long[] blocks;

  private final Accumulator totals;

  PartialResult(
      Simulation simulation, long seed, long replications, long[] blocks, Accumulator totals) {
    this.simulation = simulation;
    this.seed = seed;
    this.replications = replications;
    this.blocks = blocks;
    this.totals = totals;
  }

  /** The simulation whose replications these are. */
  public Simulation simulation() {
    return simulation;
  }

  /** The run's root seed. */
  public long seed() {
    return seed;
  }

  /** The run's number of replications, of which this part holds {@link #replicationsDone()}. */
  public long replications() {
    return replications;
  }

  /** The replications whose aggregates this part holds. */
  public long replicationsDone() {
    return totals.replications;
  }

  /** Whether every block of the run is in this part. */
  public boolean isComplete() {
    return blocks.length == 2 && blocks[0] == 0 && blocks[1] == Simulation.blocks(replications);
  }

  /**
   * The blocks this part holds, as text: {@code "0-49, 60-97"} (inclusive ranges of block numbers).
   */
  public String blocksText() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < blocks.length; i += 2) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(blocks[i]);
      if (blocks[i + 1] - 1 > blocks[i]) {
        text.append('-').append(blocks[i + 1] - 1);
      }
    }
    return text.toString();
  }

  /**
   * This part and {@code other} together. Associative and commutative: any split of a run's blocks,
   * merged in any order, gives the same part.
   *
   * @throws IllegalArgumentException if {@code other} is of another simulation, seed or number of
   *     replications, or holds a block this part holds too
   */
  public PartialResult merge(PartialResult other) {
    requireNonNull(other, "other");
    checkArgument(
        simulation.sameScenario(other.simulation),
        "parts of different scenarios cannot be merged: the parameters differ");
    checkArgument(
        seed == other.seed,
        "parts of different seeds cannot be merged: %s and %s",
        seed,
        other.seed);
    checkArgument(
        replications == other.replications,
        "parts of runs of different sizes cannot be merged: %s and %s replications",
        replications,
        other.replications);
    long[] union = union(blocks, other.blocks);
    Accumulator merged = totals.copy();
    merged.merge(other.totals);
    return new PartialResult(simulation, seed, replications, union, merged);
  }

  /**
   * The result of the whole run.
   *
   * @throws IllegalStateException if a block is missing
   */
  public SimulationResult toResult() {
    checkState(
        isComplete(),
        "a result needs every block 0-%s of the run, this part holds %s",
        Simulation.blocks(replications) - 1,
        blocksText());
    // The summary only reads the totals: no copy.
    return simulation.result(seed, totals);
  }

  /**
   * A compact binary form: the seed, the number of replications, the blocks and every aggregate as
   * variable-length integers, runs of zeros shortened (a 36-month part is a few kilobytes). Not the
   * scenario: the reader supplies it.
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeLong(seed);
      out.writeLong(replications);
      out.writeInt(blocks.length / 2);
      for (long block : blocks) {
        out.writeLong(block);
      }
      ZeroRuns runs = new ZeroRuns(out);
      totals.visit(runs::write);
      runs.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a part written by {@link #toBytes()} for {@code simulation}.
   *
   * @throws IllegalArgumentException if the bytes are not such a part, or were written for a
   *     scenario with other bounds
   */
  public static PartialResult fromBytes(Simulation simulation, byte[] bytes) {
    requireNonNull(simulation, "simulation");
    requireNonNull(bytes, "bytes");
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      checkArgument(in.readInt() == MAGIC, "not a kcs partial result: wrong leading bytes");
      int format = in.readInt();
      checkArgument(
          format == FORMAT, "unknown partial result format %s, expected %s", format, FORMAT);
      long seed = in.readLong();
      long replications = in.readLong();
      checkArgument(replications >= 1, "replications must be at least 1, was %s", replications);
      long total = Simulation.blocks(replications);
      int ranges = in.readInt();
      checkArgument(
          ranges >= 1 && ranges <= (total + 1) / 2,
          "block ranges must be 1 to %s, was %s",
          (total + 1) / 2,
          ranges);
      long[] blocks = new long[ranges * 2];
      for (int i = 0; i < blocks.length; i++) {
        blocks[i] = in.readLong();
      }
      checkBlocks(blocks, total);
      Accumulator totals = simulation.newAccumulator();
      ZeroRunReader reader = new ZeroRunReader(in);
      totals.read(reader::next);
      checkArgument(
          reader.pending == 0,
          "not a kcs partial result of this scenario: a run of zeros is too long");
      checkArgument(in.read() < 0, "not a kcs partial result: trailing bytes");
      long expected = 0;
      for (int i = 0; i < blocks.length; i += 2) {
        expected += Simulation.replicationsIn(blocks[i], blocks[i + 1], replications);
      }
      checkArgument(
          totals.replications == expected,
          "the blocks hold %s replications, the aggregates %s",
          expected,
          totals.replications);
      return new PartialResult(simulation, seed, replications, blocks, totals);
    } catch (EOFException e) {
      throw new IllegalArgumentException("not a kcs partial result of this scenario: too short", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkBlocks(long[] blocks, long total) {
    long previousEnd = -1;
    for (int i = 0; i < blocks.length; i += 2) {
      checkArgument(
          blocks[i] > previousEnd && blocks[i] < blocks[i + 1] && blocks[i + 1] <= total,
          "block range %s-%s is out of order or outside 0-%s",
          blocks[i],
          blocks[i + 1] - 1,
          total - 1);
      previousEnd = blocks[i + 1];
    }
  }

  /** The union of two sets of ranges, adjacent ranges joined; overlapping ranges are an error. */
  private static long[] union(long[] a, long[] b) {
    List<long[]> all = new ArrayList<>();
    for (int i = 0; i < a.length; i += 2) {
      all.add(new long[] {a[i], a[i + 1]});
    }
    for (int i = 0; i < b.length; i += 2) {
      all.add(new long[] {b[i], b[i + 1]});
    }
    all.sort((x, y) -> Long.compare(x[0], y[0]));
    List<Long> joined = new ArrayList<>();
    long start = all.get(0)[0];
    long end = all.get(0)[1];
    for (int i = 1; i < all.size(); i++) {
      long[] range = all.get(i);
      checkArgument(range[0] >= end, "block %s is in both parts", range[0] < end ? range[0] : end);
      if (range[0] == end) {
        end = range[1];
      } else {
        joined.add(start);
        joined.add(end);
        start = range[0];
        end = range[1];
      }
    }
    joined.add(start);
    joined.add(end);
    long[] result = new long[joined.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = joined.get(i);
    }
    return result;
  }

  /**
   * Writes values as variable-length integers with runs of zeros (most histogram bins) shortened:
   * a zero token, then the run's length; any other value as its zigzag code, never zero.
   */
  private static final class ZeroRuns {
    private final DataOutputStream out;
    private long zeros;

    ZeroRuns(DataOutputStream out) {
      this.out = out;
    }

    void write(long value) {
      if (value == 0) {
        zeros++;
        return;
      }
      flush();
      writeVarLong(out, (value << 1) ^ (value >> 63)); // never 0: only 0 zigzags to 0
    }

    void flush() {
      if (zeros > 0) {
        writeVarLong(out, 0);
        writeVarLong(out, zeros);
        zeros = 0;
      }
    }
  }

  /** Reads what {@link ZeroRuns} wrote. */
  private static final class ZeroRunReader {
    private final DataInputStream in;
    long pending;

    ZeroRunReader(DataInputStream in) {
      this.in = in;
    }

    long next() {
      if (pending > 0) {
        pending--;
        return 0;
      }
      long token = readVarLong(in);
      if (token == 0) {
        long run = readVarLong(in);
        checkArgument(run >= 1, "not a kcs partial result: an empty run of zeros");
        pending = run - 1;
        return 0;
      }
      return (token >>> 1) ^ -(token & 1);
    }
  }

  /** Unsigned LEB128. */
  private static void writeVarLong(DataOutputStream out, long value) {
    try {
      long rest = value;
      while ((rest & ~0x7FL) != 0) {
        out.writeByte((int) ((rest & 0x7F) | 0x80));
        rest >>>= 7;
      }
      out.writeByte((int) rest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long readVarLong(DataInputStream in) {
    try {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = in.readUnsignedByte();
        value |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("not a kcs partial result: a number longer than 64 bits");
    } catch (EOFException e) {
      throw new IllegalArgumentException("not a kcs partial result of this scenario: too short", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PartialResult)) {
      return false;
    }
    PartialResult that = (PartialResult) other;
    return simulation.sameScenario(that.simulation)
        && seed == that.seed
        && replications == that.replications
        && Arrays.equals(blocks, that.blocks)
        && Arrays.equals(toBytes(), that.toBytes());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toBytes());
  }

  @Override
  public String toString() {
    return "PartialResult{seed="
        + seed
        + ", blocks "
        + blocksText()
        + " of "
        + Simulation.blocks(replications)
        + "}";
  }
}
