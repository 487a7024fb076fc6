package org.khabar.spark.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Reads JSON Lines at any path Hadoop's file systems read (a file, a folder read recursively, a
 * glob, several paths separated by commas; compressed files too), one record per non-blank
 * line, each with its file and the byte offset where its line starts. Lines are decoded as
 * strict UTF-8 one by one, so a line that is not UTF-8 becomes one rejected record and the rest
 * of the file is still read.
 */
public final class JsonLinesInput {

  /** Hadoop's configuration key for reading folders recursively. */
  private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

  private JsonLinesInput() {}

  /** The records of the JSON Lines files at {@code path}. */
  @SuppressWarnings("unchecked")
  public static Dataset<InputRecord> read(SparkSession spark, String path) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
    conf.setBoolean(RECURSIVE, true);
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
        context.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf);
    JavaRDD<InputRecord> records = lines.mapPartitionsWithInputSplit(
        (split, it) -> new Records(fileOf(split), it), false);
    return spark.createDataset(records.rdd(), Encoders.bean(InputRecord.class));
  }

  private static String fileOf(InputSplit split) {
    return split instanceof FileSplit file ? file.getPath().toString() : split.toString();
  }

  /** The non-blank lines of one split as records; Hadoop reuses its Text, so decode at once. */
  private static final class Records implements Iterator<InputRecord> {
    private final String file;
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private InputRecord next;

    Records(String file, Iterator<Tuple2<LongWritable, Text>> lines) {
      this.file = file;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      while (next == null && lines.hasNext()) {
        Tuple2<LongWritable, Text> line = lines.next();
        next = record(line._1().get(), line._2());
      }
      return next != null;
    }

    @Override
    public InputRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      InputRecord record = next;
      next = null;
      return record;
    }

    /** The record of one line, or null for a blank line. */
    private InputRecord record(long offset, Text line) {
      InputRecord record = new InputRecord();
      record.setFile(file);
      record.setOffset(offset);
      try {
        String json = decoder.decode(ByteBuffer.wrap(line.getBytes(), 0, line.getLength()))
            .toString();
        if (offset == 0 && json.startsWith("\uFEFF")) {
          json = json.substring(1);
        }
        if (json.isBlank()) {
          return null;
        }
        record.setJson(json);
      } catch (CharacterCodingException e) {
        record.setProblem("not UTF-8 text");
        record.setJson(new String(line.getBytes(), 0, line.getLength(), StandardCharsets.UTF_8));
      }
      return record;
    }
  }
}
