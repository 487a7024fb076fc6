package org.khabar.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTest {

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  private static List<TextInput.Part> parts(String text, int partChars) throws IOException {
    List<TextInput.Part> parts = new ArrayList<>();
    TextInput.readParts(new StringReader(text), partChars, parts::add);
    return parts;
  }

  @Test
  void readsUtf8Text() throws Exception {
    assertThat(TextInput.read(file("a.txt", "کراچی میں بارش۔\n"))).isEqualTo("کراچی میں بارش۔\n");
  }

  @Test
  void aByteOrderMarkIsNoPartOfTheText() throws Exception {
    byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path path = file("bom.txt", concat(mark, "لاہور (اے پی پی) بارش۔\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(TextInput.read(path)).isEqualTo("لاہور (اے پی پی) بارش۔\n");
    List<TextInput.Part> parts = new ArrayList<>();
    TextInput.readParts(path, 8, parts::add);
    assertThat(parts.get(0).text()).startsWith("لاہور");
    assertThat(String.join("", parts.stream().map(TextInput.Part::text).toList()))
        .isEqualTo("لاہور (اے پی پی) بارش۔\n");
  }

  @Test
  void utf16TextIsNamed() throws Exception {
    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "لاہور".getBytes(StandardCharsets.UTF_16LE));
    Path path = file("utf16.txt", utf16);
    assertThatThrownBy(() -> TextInput.read(path))
        .hasMessageStartingWith(path + ":1: UTF-16 text, not UTF-8");
  }

  @Test
  void missingFileIsNamedWithItsCause() {
    Path missing = dir.resolve("missing.txt");
    assertThatThrownBy(() -> TextInput.read(missing))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": no such file")
        .satisfies(e -> assertThat(((InputException) e).line()).isZero());
  }

  @Test
  void directoryIsNotAFile() {
    assertThatThrownBy(() -> TextInput.read(dir))
        .isInstanceOf(InputException.class)
        .hasMessage(dir + ": is a directory, not a text file");
  }

  @Test
  void invalidUtf8IsReportedWithItsLineAndByte() throws Exception {
    byte[] good = "پہلی سطر\nدوسری سطر\nتیسری ".getBytes(StandardCharsets.UTF_8);
    Path path = file("bad.txt", concat(good, new byte[] {(byte) 0xFF, 'x', '\n'}));
    assertThatThrownBy(() -> TextInput.read(path))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(path + ":3: not UTF-8 text: byte 0xFF at byte " + good.length)
        .satisfies(e -> {
          InputException input = (InputException) e;
          assertThat(input.line()).isEqualTo(3);
          assertThat(input.source()).isEqualTo(path.toString());
          assertThat(input.reason()).startsWith("not UTF-8 text");
        });
  }

  @Test
  void latin1TextIsNotUtf8() throws Exception {
    Path path = file("latin1.txt", "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> TextInput.read(path))
        .hasMessageStartingWith(path + ":1: not UTF-8 text: byte 0xE9 at byte 3");
  }

  @Test
  void truncatedCharacterAtTheEndIsNotUtf8() throws Exception {
    byte[] urdu = "ک".getBytes(StandardCharsets.UTF_8);
    Path path = file("cut.txt", new byte[] {'a', '\n', urdu[0]});
    assertThatThrownBy(() -> TextInput.read(path)).hasMessageStartingWith(path + ":2: not UTF-8");
  }

  @Test
  void invalidByteFarIntoALargeFileIsFoundOnItsLine() throws Exception {
    String line = "یہ ایک لمبی سطر ہے جو بار بار دہرائی جاتی ہے۔\n";
    byte[] good = line.repeat(5000).getBytes(StandardCharsets.UTF_8); // past several read chunks
    Path path = file("late.txt", concat(good, new byte[] {(byte) 0xC3, '(', '\n'}));
    assertThatThrownBy(() -> TextInput.validate(path))
        .hasMessageStartingWith(path + ":5001: not UTF-8 text: byte 0xC3 at byte " + good.length);
  }

  @Test
  void nulBytesMarkABinaryFile() throws Exception {
    Path path = file("nul.txt", "ایک\nدو\u0000تین".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> TextInput.read(path))
        .hasMessage(path + ":2: a binary file, not text (it has NUL bytes)");
  }

  @Test
  void binaryFileIsCalledBinaryEvenWhenItIsAlsoNotUtf8() throws Exception {
    // the first bytes of a PNG image: 0x89 is no UTF-8, and NUL bytes follow
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    Path path = file("image.txt", png);
    assertThatThrownBy(() -> TextInput.read(path)).hasMessageContaining("a binary file");
  }

  @Test
  void decodeChecksBytesInMemory() throws Exception {
    assertThat(TextInput.decode("<stdin>", "خبر".getBytes(StandardCharsets.UTF_8))).isEqualTo("خبر");
    assertThatThrownBy(() -> TextInput.decode("<stdin>", new byte[] {(byte) 0xFE}))
        .hasMessageStartingWith("<stdin>:1: not UTF-8");
  }

  @Test
  void emptyFileIsOneEmptyLastPart() throws Exception {
    List<TextInput.Part> parts = new ArrayList<>();
    TextInput.readParts(file("empty.txt", ""), 100, parts::add);
    assertThat(parts).containsExactly(new TextInput.Part("", 0, 0, true));
  }

  @Test
  void smallTextIsOneWholePart() throws Exception {
    assertThat(parts("ایک سطر\n", 100)).containsExactly(new TextInput.Part("ایک سطر\n", 0, 0, true));
  }

  @Test
  void partsAreCutAfterALineBreak() throws Exception {
    String text = "پہلی سطر\nدوسری سطر\nتیسری سطر\n";
    List<TextInput.Part> parts = parts(text, 16);
    assertThat(parts).extracting(TextInput.Part::text)
        .containsExactly("پہلی سطر\n", "دوسری سطر\n", "تیسری سطر\n");
    assertThat(parts).extracting(TextInput.Part::offset).containsExactly(0L, 9L, 19L);
    assertThat(parts).extracting(TextInput.Part::index).containsExactly(0, 1, 2);
    assertThat(parts).extracting(TextInput.Part::last).containsExactly(false, false, true);
  }

  @Test
  void withoutALineBreakPartsAreCutAfterASpace() throws Exception {
    List<TextInput.Part> parts = parts("ایک دو تین چار پانچ چھ سات", 10);
    assertThat(parts).allSatisfy(part -> assertThat(part.text().length()).isLessThanOrEqualTo(10));
    assertThat(parts.subList(0, parts.size() - 1))
        .allSatisfy(part -> assertThat(part.text()).endsWith(" "));
  }

  @Test
  void aTextOfExactlyOnePartIsOneWholePart() throws Exception {
    assertThat(parts("ایک دو\n", 7)).containsExactly(new TextInput.Part("ایک دو\n", 0, 0, true));
    assertThat(parts("abcdefg", 7)).containsExactly(new TextInput.Part("abcdefg", 0, 0, true));
  }

  @Test
  void theLastPartIsMarkedLastWhenTheTextEndsExactlyAtACut() throws Exception {
    List<TextInput.Part> parts = parts("ایک\nدو\nتین\n", 4);
    assertThat(parts).extracting(TextInput.Part::text).containsExactly("ایک\n", "دو\n", "تین\n");
    assertThat(parts).extracting(TextInput.Part::last).containsExactly(false, false, true);
  }

  @Test
  void aSurrogatePairIsNeverCut() throws Exception {
    String text = "abc😊def😊";
    for (int size = 2; size <= 9; size++) {
      for (TextInput.Part part : parts(text, size)) {
        assertThat(Character.isHighSurrogate(part.text().charAt(part.text().length() - 1)))
            .as("part %s at size %d", part, size)
            .isFalse();
      }
    }
  }

  @Test
  void partSizeBelowTwoIsRefused() {
    assertThatThrownBy(() -> parts("abc", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parts("abc", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readPartsOfAFileChecksItFirst() throws Exception {
    Path path = file("bad.txt", new byte[] {'a', '\n', (byte) 0xFF});
    List<TextInput.Part> parts = new ArrayList<>();
    assertThatThrownBy(() -> TextInput.readParts(path, 100, parts::add))
        .hasMessageStartingWith(path + ":2: not UTF-8");
    assertThat(parts).isEmpty();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("کراچی", " ", "\n", "\r\n", "۔", "😊", "\uD800", "ab", "میں بارش")
        .list()
        .ofMaxSize(80)
        .map(pieces -> String.join("", pieces));
  }

  @Property(tries = 300)
  void partsJoinUpToTheTextAndStayWithinTheirSize(
      @ForAll("texts") String text, @ForAll @IntRange(min = 2, max = 40) int size)
      throws IOException {
    List<TextInput.Part> parts = parts(text, size);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < parts.size(); i++) {
      TextInput.Part part = parts.get(i);
      assertThat(part.index()).isEqualTo(i);
      assertThat(part.offset()).isEqualTo(joined.length());
      assertThat(part.text().length()).isLessThanOrEqualTo(size);
      assertThat(part.last()).isEqualTo(i == parts.size() - 1);
      joined.append(part.text());
      if (!part.last()) {
        assertThat(part.text()).isNotEmpty();
        boolean splitsAPair =
            Character.isHighSurrogate(joined.charAt(joined.length() - 1))
                && Character.isLowSurrogate(text.charAt(joined.length()));
        assertThat(splitsAPair).as("part %d splits a surrogate pair", i).isFalse();
      }
    }
    assertThat(joined.toString()).isEqualTo(text);
  }
}
