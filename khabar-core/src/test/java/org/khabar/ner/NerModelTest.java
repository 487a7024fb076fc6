package org.khabar.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelTest {

  @TempDir Path folder;

  private static byte[] smallModel() throws IOException {
    NerModel model =
        new PerceptronTrainer(
                Gazetteer.empty(), WordClusters.empty(), new PerceptronTrainer.Options(2, 1, 1, 0))
            .train(TrainingFixtures.news(), null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  @Test
  void aMissingFileIsSaidToBeMissing() {
    assertThatThrownBy(() -> NerModel.read(folder.resolve("none.bin.gz")))
        .isInstanceOf(NerModelException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void aFileThatIsNoGzipIsCorrupt() throws IOException {
    Path file = folder.resolve("text.bin.gz");
    Files.writeString(file, "not a model", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> NerModel.read(file))
        .isInstanceOf(NerModelException.class)
        .hasMessageContaining("corrupt")
        .hasMessageContaining("khabar train ner");
  }

  @Test
  void aTruncatedModelIsCorrupt() throws IOException {
    byte[] model = smallModel();
    byte[] cut = Arrays.copyOf(model, model.length / 2);
    assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(cut), "cut"))
        .isInstanceOf(NerModelException.class)
        .hasMessageContaining("corrupt");
  }

  @Test
  void anotherGzipFileIsNoModel() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> NerModel.read(new ByteArrayInputStream(bytes.toByteArray()), "x"))
        .isInstanceOf(NerModelException.class)
        .hasMessageContaining("corrupt");
  }

  @Test
  void aMissingResourceIsSaidToBeMissing() {
    assertThatThrownBy(() -> NerModel.fromResource("/org/khabar/ner/none.bin.gz"))
        .isInstanceOf(NerModelException.class)
        .hasMessageContaining("missing");
  }

  @Test
  void theBuiltInModelLoads() {
    assertThat(NerModel.builtIn().features()).isPositive();
  }
}
