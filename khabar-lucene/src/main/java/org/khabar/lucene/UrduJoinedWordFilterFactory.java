package org.khabar.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link UrduJoinedWordFilter} (کہاکہ → کہا | کہ), with the list that ships with
 * Khabar or, with {@code words}, a list of your own (spaced forms, one a line, UTF-8):
 *
 * <pre class="prettyprint">
 * &lt;filter name="urduJoinedWords" words="joined-words.txt"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class UrduJoinedWordFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {

  /** SPI name */
  public static final String NAME = "urduJoinedWords";

  private final String wordFile;
  private JoinedWords words = JoinedWords.defaultList();

  public UrduJoinedWordFilterFactory(Map<String, String> args) {
    super(args);
    wordFile = get(args, "words");
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public UrduJoinedWordFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (wordFile != null) {
      try (InputStream in = loader.openResource(wordFile)) {
        words = JoinedWords.read(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new UrduJoinedWordFilter(input, words);
  }
}
