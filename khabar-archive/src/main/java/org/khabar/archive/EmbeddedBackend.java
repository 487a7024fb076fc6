package org.khabar.archive;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The {@link SearchBackend} of an embedded {@link Archive}, which it does not close. */
public final class EmbeddedBackend implements SearchBackend {

  private final Archive archive;
  private final ArchiveSearcher searcher;
  private final RelatedStories related;

  public EmbeddedBackend(Archive archive) {
    this.archive = archive;
    this.searcher = new ArchiveSearcher(archive);
    this.related = new RelatedStories(archive);
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException, QueryException {
    return searcher.search(request);
  }

  @Override
  public Optional<StoredReport> report(String id) throws IOException {
    return archive.get(id);
  }

  @Override
  public List<RelatedStories.Related> related(String id, int max, double minSimilarity)
      throws IOException {
    return related.of(id, max, minSimilarity);
  }

  @Override
  public long size() throws IOException {
    return archive.size();
  }

  @Override
  public String describe() {
    return "archive " + archive.folder();
  }

  /** Leaves the archive open: whoever opened it closes it. */
  @Override
  public void close() {}
}
