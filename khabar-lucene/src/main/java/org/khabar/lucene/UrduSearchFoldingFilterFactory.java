package org.khabar.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link UrduSearchFoldingFilter} (لئے → لیے، انھوں → انہوں); it also folds wildcard
 * and prefix query terms.
 *
 * <pre class="prettyprint">
 * &lt;filter name="urduSearchFolding"/&gt;
 * </pre>
 *
 * @lucene.spi {@value #NAME}
 */
public class UrduSearchFoldingFilterFactory extends TokenFilterFactory {

  /** SPI name */
  public static final String NAME = "urduSearchFolding";

  public UrduSearchFoldingFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI */
  public UrduSearchFoldingFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new UrduSearchFoldingFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
