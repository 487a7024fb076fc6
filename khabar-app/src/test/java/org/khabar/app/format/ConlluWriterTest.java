package org.khabar.app.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khabar.UrduPipeline;
import org.khabar.text.Document;

class ConlluWriterTest {

  private static List<String> conllu(String text, long offset) throws Exception {
    StringWriter out = new StringWriter();
    ConlluWriter writer = new ConlluWriter(out);
    writer.write(UrduPipeline.tokens().apply(Document.of("doc", text)), offset);
    writer.flush();
    return out.toString().lines().toList();
  }

  @Test
  void writesSentencesTokensRangesNormsAndSpaceAfter() throws Exception {
    assertThat(conllu("دعویٰ كيا۔ سڑکیں بند ", 0))
        .containsExactly(
            "# newdoc id = doc",
            "# sent_id = doc-1",
            "# text = دعویٰ كيا۔",
            "1\tدعویٰ\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:5|Norm=دعوی",
            "2\tكيا\t_\t_\t_\t_\t_\t_\t_\tTokenRange=6:9|Norm=کیا|SpaceAfter=No",
            "3\t۔\t_\t_\t_\t_\t_\t_\t_\tTokenRange=9:10",
            "",
            "# sent_id = doc-2",
            "# text = سڑکیں بند",
            "1\tسڑکیں\t_\t_\t_\t_\t_\t_\t_\tTokenRange=11:16",
            "2\tبند\t_\t_\t_\t_\t_\t_\t_\tTokenRange=17:20",
            "");
  }

  @Test
  void theLastTokenOfATextWithoutTrailingSpaceHasNoSpaceAfter() throws Exception {
    assertThat(conllu("خبر", 0)).contains("1\tخبر\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:3|SpaceAfter=No");
  }

  @Test
  void rangesIncludeThePartOffset() throws Exception {
    assertThat(conllu("خبر ہے", 500))
        .contains(
            "1\tخبر\t_\t_\t_\t_\t_\t_\t_\tTokenRange=500:503",
            "2\tہے\t_\t_\t_\t_\t_\t_\t_\tTokenRange=504:506|SpaceAfter=No");
  }

  @Test
  void sentenceTextIsOnOneLine() throws Exception {
    assertThat(conllu("پہلی\tبات", 0)).contains("# text = پہلی بات");
  }
}
