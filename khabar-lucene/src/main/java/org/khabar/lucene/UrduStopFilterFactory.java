package org.khabar.lucene;

import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for a {@link StopFilter} with {@link UrduAnalyzer}'s built-
 * in Urdu stop words, which are normalized (use it after {@code urdu} or {@code
 * urduNormalization}). For a list of your own, use Lucene's {@code stop} filter.
 *
 * <pre class="prettyprint">
 * &lt;filter name="urduStop"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class UrduStopFilterFactory extends TokenFilterFactory {

  /** SPI name */
  public static final String NAME = "urduStop";

  public UrduStopFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public UrduStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, UrduAnalyzer.getDefaultStopSet());
  }
}
