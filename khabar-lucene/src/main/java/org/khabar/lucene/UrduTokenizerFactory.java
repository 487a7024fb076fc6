package org.khabar.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link UrduTokenizer}, SPI name {@code urdu}:
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="urdu" keepPunctuation="false" maxTokenLength="255"/&gt;
 * </pre>
 *
 * <p>A tokenizer has no say in how query terms that skip it (wildcards, prefixes) are normalized;
 * add {@code urduNormalization} after it for that: on its terms it costs a check and changes
 * nothing.
 *
 * @lucene.spi {@value #NAME}
 */
public class UrduTokenizerFactory extends TokenizerFactory {

  /** SPI name */
  public static final String NAME = "urdu";

  private final boolean keepPunctuation;
  private final int maxTokenLength;

  public UrduTokenizerFactory(Map<String, String> args) {
    super(args);
    keepPunctuation = getBoolean(args, "keepPunctuation", false);
    maxTokenLength = getInt(args, "maxTokenLength", UrduTokenizer.DEFAULT_MAX_TOKEN_LENGTH);
    if (maxTokenLength < 1) {
      throw new IllegalArgumentException("maxTokenLength must be at least 1: " + maxTokenLength);
    }
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public UrduTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public UrduTokenizer create(AttributeFactory factory) {
    return new UrduTokenizer(factory, keepPunctuation, maxTokenLength);
  }
}
