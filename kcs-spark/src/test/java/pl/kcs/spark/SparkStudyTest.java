package pl.kcs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.kcs.simulation.DesignFile;
import pl.kcs.simulation.SensitivityTable;
import pl.kcs.simulation.SweepTable;

/** The Spark job gives, byte for byte, what one machine gives for the same seed (Spark in local[2] mode). */
class SparkStudyTest {

  private static JavaSparkContext spark;

  @BeforeAll
  static void startSpark() {
    spark =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("kcs-spark-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.sql.shuffle.partitions", "2"));
    spark.setLogLevel("WARN");
  }

  @AfterAll
  static void stopSpark() {
    spark.close();
  }

  @Test
  void a_sweep_with_uncertain_parameters_on_spark_equals_the_sweep_on_one_machine_byte_for_byte() {
    DesignFile file =
        DesignFile.parse(
            "kind = sweep\nseed = 2026\nreplications = 2500\nscenario.months = 18\n"
                + "vary.maxGroups = 2, 4\nvary.newGroupProbability = 0.3, 0.6\n"
                + "uncertain.selfRunningProbability = beta(3, 7)\n");

    SweepTable local = file.sweep().run(file.settings(2));
    SweepTable onSpark = SparkStudy.sweep(spark, file, 1);

    assertThat(onSpark.toCsv()).isEqualTo(local.toCsv());
    assertThat(onSpark.rows()).hasSize(4);
    assertThat(onSpark.rows().get(0).result().toCsv())
        .contains("# uncertain,\"selfRunningProbability ~ beta(3.0, 7.0)\"\r\n");
    for (int row = 0; row < 4; row++) {
      assertThat(onSpark.rows().get(row).result().toCsv())
          .isEqualTo(local.rows().get(row).result().toCsv());
    }
  }

  @Test
  void a_sensitivity_design_on_spark_equals_the_analysis_on_one_machine_byte_for_byte() {
    DesignFile file =
        DesignFile.parse(
            "kind = sensitivity\nseed = 7\nreplications = 1100\nscenario.months = 12\nmethod = sobol\nsamples = 4\n"
                + "factor.selfRunningProbability = uniform(0.1, 0.5)\nfactor.leaveProbability = beta(2, 18)\n");

    SensitivityTable local = file.sensitivity(file.settings(2)).run();
    SensitivityTable onSpark = SparkStudy.sensitivity(spark, file, 1);

    assertThat(onSpark.toCsv()).isEqualTo(local.toCsv());
    assertThat(onSpark.toJson()).isEqualTo(local.toJson());
    // Larger tasks cut the same blocks differently: the same table.
    assertThat(SparkStudy.sensitivity(spark, file, SparkStudy.DEFAULT_BLOCKS_PER_TASK).toCsv())
        .isEqualTo(local.toCsv());
  }
}
