package org.khabar.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khabar.io.InputException;

class ConlluTest {

  @TempDir Path dir;

  @Test
  void readsTextLinesAndWordFormsSkippingMultiwordAndEmptyNodes() throws Exception {
    Path file = dir.resolve("gold.conllu");
    Files.writeString(
        file,
        String.join(
            "\n",
            "# sent_id = 1",
            "# text = بارش ہوئی۔",
            "1\tبارش\t_\t_\t_\t_\t_\t_\t_\t_",
            "2-3\tہوئی۔\t_\t_\t_\t_\t_\t_\t_\t_",
            "2\tہوئی\t_\t_\t_\t_\t_\t_\t_\t_",
            "3\t۔\t_\t_\t_\t_\t_\t_\t_\t_",
            "3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_",
            "",
            "1\tسڑکیں\t_\t_\t_\t_\t_\t_\t_\t_",
            "2\tبند\t_\t_\t_\t_\t_\t_\t_\t_",
            ""),
        StandardCharsets.UTF_8);
    List<Conllu.Sentence> sentences = Conllu.read(file);
    assertThat(sentences)
        .containsExactly(
            new Conllu.Sentence("بارش ہوئی۔", List.of("بارش", "ہوئی", "۔")),
            new Conllu.Sentence("سڑکیں بند", List.of("سڑکیں", "بند")));
  }

  @Test
  void aLineThatIsNoTokenLineIsReportedWithItsNumber() throws Exception {
    Path file = dir.resolve("bad.conllu");
    Files.writeString(file, "# text = x\nnot a token line\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Conllu.read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":2: not a CoNLL-U token line");
  }

  @Test
  void aMissingFileIsAnInputError() {
    assertThatThrownBy(() -> Conllu.read(dir.resolve("none.conllu")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("none.conllu");
  }
}
