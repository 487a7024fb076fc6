package org.khabar.spark.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.khabar.io.Report;
import org.khabar.io.ReportReader;

/**
 * Parses an input record into a report with the same rules as {@code khabar index} and {@code
 * khabar analyze}'s readers ({@link ReportReader#parseLine}: the fields {@code id}, {@code body}
 * or {@code text}, {@code headline} or {@code title}, {@code date}, {@code source} or {@code
 * newspaper}), or rejects it with the reason. Never throws: a bad record is data, not a failure.
 */
public final class RecordParser implements MapFunction<InputRecord, ParsedRecord> {

  /** How much of a rejected record the {@code rejects} table keeps. */
  public static final int KEPT_CHARS = 1000;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ParsedRecord call(InputRecord input) {
    return parse(input);
  }

  /** The report in {@code input}, or a rejected record with the reason. */
  public static ParsedRecord parse(InputRecord input) {
    ParsedRecord parsed = new ParsedRecord();
    parsed.setFile(input.getFile());
    parsed.setOffset(input.getOffset());
    if (input.getProblem() != null) {
      return rejected(parsed, input.getProblem(), input.getJson());
    }
    List<String> warnings = new ArrayList<>(1);
    Report report;
    try {
      report = ReportReader.parseLine(input.getJson(), warnings::add);
    } catch (IllegalArgumentException e) {
      parsed.setId(idIfAny(input.getJson()));
      return rejected(parsed, e.getMessage(), input.getJson());
    } catch (RuntimeException e) {
      parsed.setId(idIfAny(input.getJson()));
      return rejected(parsed, "cannot be read: " + e, input.getJson());
    }
    parsed.setId(report.id());
    parsed.setHeadline(report.headline());
    parsed.setBody(report.body());
    parsed.setDate(report.date());
    parsed.setSource(report.source());
    parsed.setWarning(warnings.isEmpty() ? null : String.join("; ", warnings));
    return parsed;
  }

  /** The report a parsed record holds; it must not be rejected. */
  public static Report report(ParsedRecord parsed) {
    return new Report(parsed.getId(), parsed.getHeadline(), parsed.getBody(), parsed.getDate(),
        parsed.getSource(), java.util.Map.of());
  }

  /** The {@code id} of a JSON object that is not a report, if it has a plain one. */
  static String idIfAny(String json) {
    try {
      JsonNode id = JSON.readTree(json).get("id");
      return id != null && id.isValueNode() && !id.isNull() ? id.asText() : null;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  private static ParsedRecord rejected(ParsedRecord parsed, String reason, String record) {
    parsed.setReason(reason);
    parsed.setRecord(record == null || record.length() <= KEPT_CHARS
        ? record : record.substring(0, KEPT_CHARS));
    return parsed;
  }
}
