package org.khabar.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.khabar.app.server.KhabarServer;
import org.khabar.app.server.ServerSettings;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.khabar.archive.Archive;
import org.khabar.archive.Indexer;
import org.khabar.archive.ReportIngest;
import org.khabar.archive.SearchBackend;
import org.khabar.solr.SolrIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code khabar serve}: the HTTP API and the search page over an archive. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serve an archive: the search page and its JSON API.",
    description = {
      "Serves the page at http://HOST:PORT/ and the JSON API under /api/ (described at",
      "/api/openapi.json). Without --archive it serves an archive built from the bundled",
      "examples. Listens on 127.0.0.1 only unless --host says otherwise. Ctrl-C stops it,",
      "leaving the archive consistent."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-a", "--archive"}, paramLabel = "DIR",
      description = "The archive to serve (default: one built from the bundled examples).")
  Path archiveFolder;

  @Option(names = "--examples", paramLabel = "DIR", hidden = true,
      description = "The examples folder of the demo archive (default: examples/).")
  Path examples;

  @Option(names = {"-p", "--port"}, defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--writable",
      description = "Let POST /api/reports add and replace reports in the archive.")
  boolean writable;

  @Mixin AnalysisThreadsOption analysisThreads;

  @Mixin SolrOptions solrOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be from 0 to 65535, not " + port);
    }
    if (solrOptions.enabled()) {
      return serveSolr(out);
    }
    Path folder = archiveFolder;
    if (folder == null) {
      folder = Path.of(System.getProperty("java.io.tmpdir"), "khabar-serve-demo");
      Path from = examples != null ? examples : DemoArchive.examples();
      out.println("khabar: no --archive given; serving the bundled examples (" + from
          + "), indexed into " + folder);
      DemoArchive.build(from, folder, out);
    }
    Archive archive = Archive.open(folder, writable ? Archive.Mode.WRITE : Archive.Mode.READ,
        ArchiveOptions.analyzer());
    KhabarServer server = new KhabarServer(archive, settings());
    try {
      server.start(host, port);
    } catch (RuntimeException e) {
      archive.close();
      throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " ("
          + rootCause(e) + "); is another server using the port? Choose one with --port");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        archive.close();
      } catch (Exception e) {
        System.err.println("khabar: closing the archive failed: " + e);
      }
      System.err.println("khabar: stopped; the archive " + archive.folder() + " is closed");
      stopped.countDown();
    }, "khabar-serve-shutdown"));
    if (!java.net.InetAddress.getByName(host).isLoopbackAddress()) {
      out.println("khabar: listening on " + host + ", not only on this machine: whoever can"
          + " reach it can search" + (writable ? " and change" : "") + " the archive");
    }
    out.printf("khabar: serving %s (%d reports%s) at http://%s:%d/  (Ctrl-C stops)%n",
        archive.folder(), archive.size(), writable ? ", writable" : "",
        host.contains(":") ? "[" + host + "]" : host, server.port());
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private ServerSettings settings() {
    return analysisThreads.applyTo(ServerSettings.defaults().withWritable(writable));
  }

  /** Serves a SolrCloud collection: searches go to Solr, uploads are analysed inside Solr. */
  private int serveSolr(PrintWriter out) throws Exception {
    if (archiveFolder != null) {
      throw new IllegalArgumentException("give --archive or --solr, not both");
    }
    CloudSolrClient client = writable ? solrOptions.target().connect() : null;
    SearchBackend backend = solrOptions.connect();
    ReportIngest ingest = client == null ? null
        : reports -> new SolrIndexer(client, solrOptions.collection(), 1, 100,
            new Indexer.Listener() {
              @Override
              public void progress(long done, long skipped) {}

              @Override
              public void skipped(String problem) {}
            }).index(reports);
    KhabarServer server = new KhabarServer(backend, ingest, settings());
    try {
      server.start(host, port);
    } catch (RuntimeException e) {
      backend.close();
      if (client != null) {
        client.close();
      }
      throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " ("
          + rootCause(e) + "); is another server using the port? Choose one with --port");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        backend.close();
        if (client != null) {
          client.close();
        }
      } catch (Exception e) {
        System.err.println("khabar: closing the connection to Solr failed: " + e);
      }
      System.err.println("khabar: stopped");
      stopped.countDown();
    }, "khabar-serve-shutdown"));
    out.printf("khabar: serving %s (%d reports%s) at http://%s:%d/  (Ctrl-C stops)%n",
        backend.describe(), backend.size(), writable ? ", writable" : "",
        host.contains(":") ? "[" + host + "]" : host, server.port());
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
