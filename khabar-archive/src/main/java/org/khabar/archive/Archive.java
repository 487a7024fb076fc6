package org.khabar.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.khabar.io.Report;
import org.khabar.text.Document;

/**
 * An archive of analysed reports: a Lucene index in a folder of its own, marked by a {@value
 * #MARKER} file. Opened for reading, many processes may search it at once; opened for writing,
 * one process holds its lock. What is committed survives the process being killed at any
 * moment (Lucene commits are atomic).
 */
public final class Archive implements AutoCloseable {

  /** The file that marks a folder as a Khabar archive. */
  public static final String MARKER = "khabar-archive.properties";

  /** The archive format; an archive of another format must be rebuilt. */
  public static final int FORMAT = 2;

  /** How an archive is opened. */
  public enum Mode {
    /** Search only; the archive must exist. */
    READ,
    /** Add and replace reports; the archive is created if the folder is new or empty. */
    WRITE
  }

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final FacetsConfig facets = ArchiveFields.facetsConfig();
  private final ReportDocuments documents = new ReportDocuments(facets);
  private final IndexSearcher atOpen;
  private final Set<String> addedIds = new HashSet<>();

  private Archive(Path folder, Directory directory, IndexWriter writer, Analyzer analyzer)
      throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.writer = writer;
    this.analyzer = analyzer;
    this.searchers = writer != null
        ? new SearcherManager(writer, null)
        : new SearcherManager(directory, null);
    this.atOpen = writer != null ? new IndexSearcher(DirectoryReader.open(directory)) : null;
  }

  /** Opens the archive in {@code folder}, with {@code analyzer} for its text fields. */
  public static Archive open(Path folder, Mode mode, Analyzer analyzer) throws ArchiveException {
    checkFolder(folder, mode);
    Directory directory = null;
    try {
      directory = FSDirectory.open(folder);
      IndexWriter writer = null;
      if (mode == Mode.WRITE) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64)
            .setCommitOnClose(true);
        writer = new IndexWriter(directory, config);
        if (!DirectoryReader.indexExists(directory)) {
          writer.commit();
        }
        writeMarker(folder);
      }
      return new Archive(folder, directory, writer, analyzer);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new ArchiveException("archive " + folder
          + " is being written by another process; wait for it to finish");
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new ArchiveException("archive " + folder + " holds no index; was it made by "
          + "'khabar index'?");
    } catch (IOException e) {
      closeQuietly(directory);
      throw new ArchiveException("cannot open archive " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void checkFolder(Path folder, Mode mode) throws ArchiveException {
    if (!Files.exists(folder)) {
      if (mode == Mode.READ) {
        throw new ArchiveException("no archive at " + folder
            + "; make one with 'khabar index PATH... --archive " + folder + "'");
      }
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new ArchiveException("cannot create archive folder " + folder + ": " + e, e);
      }
      return;
    }
    if (!Files.isDirectory(folder)) {
      throw new ArchiveException(folder + " is a file, not an archive folder");
    }
    if (Files.exists(folder.resolve(MARKER))) {
      checkFormat(folder);
      return;
    }
    if (mode == Mode.WRITE && isEmpty(folder)) {
      return;
    }
    throw new ArchiveException(folder + " is not a Khabar archive (it has no " + MARKER
        + "); choose a new or empty folder");
  }

  private static void checkFormat(Path folder) throws ArchiveException {
    try {
      java.util.Properties properties = new java.util.Properties();
      try (var in = Files.newBufferedReader(folder.resolve(MARKER), StandardCharsets.UTF_8)) {
        properties.load(in);
      }
      String format = properties.getProperty("format", "?");
      if (!format.equals(String.valueOf(FORMAT))) {
        throw new ArchiveException("archive " + folder + " has format " + format
            + " but this Khabar reads format " + FORMAT + "; rebuild it with 'khabar index'");
      }
    } catch (IOException e) {
      throw new ArchiveException("cannot read " + folder.resolve(MARKER) + ": " + e, e);
    }
  }

  private static boolean isEmpty(Path folder) throws ArchiveException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new ArchiveException("cannot read folder " + folder + ": " + e, e);
    }
  }

  private static void writeMarker(Path folder) throws IOException {
    Path marker = folder.resolve(MARKER);
    if (!Files.exists(marker)) {
      Files.writeString(marker, "# A Khabar archive: a Lucene index of analysed Urdu reports.\n"
          + "format=" + FORMAT + "\ncreated=" + Instant.now() + "\n", StandardCharsets.UTF_8);
    }
  }

  private static void closeQuietly(Directory directory) {
    try {
      if (directory != null) {
        directory.close();
      }
    } catch (IOException ignored) {
      // the original problem is the one to report
    }
  }

  public Path folder() {
    return folder;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  FacetsConfig facetsConfig() {
    return facets;
  }

  SearcherManager searcherManager() {
    return searchers;
  }

  /**
   * Stores {@code report} with its analysis, replacing any report with the same id. Returns true
   * if it replaced one. Safe to call from several threads.
   */
  public boolean put(Report report, Document analysis) throws IOException {
    return put(report, analysis, null);
  }

  /**
   * Stores {@code report} as {@link #put(Report, Document)} does, but keeps {@code analysisJson}
   * (the analysis schema, offsets into the report's body) as its stored analysis instead of
   * writing one from {@code analysis}: for analyses made by another writer or a newer schema.
   * The report is still filed (facets, related stories) by what {@code analysis} holds. A null
   * {@code analysisJson} means the one written from {@code analysis}.
   */
  public boolean put(Report report, Document analysis, String analysisJson) throws IOException {
    requireWritable();
    boolean replaced = existedBefore(report.id());
    synchronized (addedIds) {
      replaced |= !addedIds.add(report.id());
    }
    writer.updateDocument(new Term(ArchiveFields.ID, report.id()), analysisJson == null
        ? documents.build(report, analysis)
        : documents.build(report, analysis, analysisJson));
    return replaced;
  }

  /** True if the archive held a report with this id when it was opened. */
  private boolean existedBefore(String id) throws IOException {
    return atOpen.count(new TermQuery(new Term(ArchiveFields.ID, id))) > 0;
  }

  /** The report with this id, if the archive has it. */
  public java.util.Optional<StoredReport> get(String id) throws IOException {
    searchers.maybeRefresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      var found = searcher.search(new TermQuery(new Term(ArchiveFields.ID, id)), 1);
      if (found.scoreDocs.length == 0) {
        return java.util.Optional.empty();
      }
      int docId = found.scoreDocs[0].doc;
      var doc = searcher.storedFields().document(docId);
      DocValuesReader values = new DocValuesReader(searcher.getIndexReader());
      Long day = values.number(docId, ArchiveFields.DATE);
      return java.util.Optional.of(new StoredReport(
          doc.get(ArchiveFields.ID),
          doc.get(ArchiveFields.HEADLINE),
          doc.get(ArchiveFields.BODY),
          day == null ? null : java.time.LocalDate.ofEpochDay(day),
          doc.get(ArchiveFields.SOURCE),
          values.text(docId, ArchiveFields.ANALYSIS),
          doc.get(ArchiveFields.EXTRA)));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Makes everything added so far durable and visible to searches. */
  public void commit() throws IOException {
    requireWritable();
    writer.commit();
    searchers.maybeRefresh();
  }

  /**
   * Merges the index into at most {@code segments} segments and commits: searches of an archive
   * that changes rarely get faster (every query and facet count works per segment), at the cost
   * of rewriting the index once.
   */
  public void optimize(int segments) throws IOException {
    requireWritable();
    writer.forceMerge(segments);
    commit();
  }

  /** The number of reports in the archive, as the latest refresh sees it. */
  public int size() throws IOException {
    searchers.maybeRefresh();
    var searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("archive " + folder + " was opened for reading only");
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        atOpen.getIndexReader().close();
        writer.close();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      directory.close();
    }
  }
}
