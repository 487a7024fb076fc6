package org.khabar.archive;

import java.time.LocalDate;

/**
 * A report as the archive keeps it: its text and metadata, and its analysis as JSON in the
 * analysis schema (offsets into {@code body}).
 */
public record StoredReport(String id, String headline, String body, LocalDate date,
    String source, String analysisJson, String extraJson) {}
