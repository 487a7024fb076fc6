package org.khabar.solr.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.khabar.io.Report;
import org.khabar.json.AnalysisJson;
import org.khabar.solr.FixtureReports;

class KhabarModelTest {

  @Test
  void loadsTheFullModelForThisAnalysisVersion() {
    KhabarModel model = KhabarModel.load("full", AnalysisJson.VERSION);
    assertThat(model.name()).isEqualTo("full");
    assertThat(KhabarModel.load("full", "1.7").name()).as("any 1.x").isEqualTo("full");
  }

  @Test
  void aMissingModelSaysWhichModelsThereAre() {
    assertThatThrownBy(() -> KhabarModel.load("urdu-large", "1.0"))
        .hasMessageContaining("there is no Khabar model \"urdu-large\"")
        .hasMessageContaining("(it has: full)");
    assertThatThrownBy(() -> KhabarModel.load(null, "1.0"))
        .hasMessageContaining("needs a \"model\" parameter");
  }

  @Test
  void anotherAnalysisVersionIsRefusedWithWhatToDo() {
    assertThatThrownBy(() -> KhabarModel.load("full", "2.0"))
        .hasMessageContaining("stores Khabar analyses of version 2.0 but this plugin writes"
            + " version " + AnalysisJson.VERSION)
        .hasMessageContaining("install the plugin that goes with the configset");
    assertThatThrownBy(() -> KhabarModel.load("full", " "))
        .hasMessageContaining("needs an \"analysisVersion\" parameter");
  }

  @Test
  void oneModelAnalysesTheSameFromManyThreads() throws Exception {
    KhabarModel model = KhabarModel.load("full", AnalysisJson.VERSION);
    AnalysisJson json = new AnalysisJson(false);
    List<Report> reports = FixtureReports.reports();
    List<String> alone = new ArrayList<>();
    for (Report report : reports) {
      alone.add(json.toJson(model.analyse(report)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> together = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (Report report : reports) {
          together.add(pool.submit(() -> json.toJson(model.analyse(report))));
        }
      }
      for (int i = 0; i < together.size(); i++) {
        assertThat(together.get(i).get()).isEqualTo(alone.get(i % reports.size()));
      }
    } finally {
      pool.shutdown();
    }
  }
}
