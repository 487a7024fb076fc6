package org.khabar.archive;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Reads one document's column values. A hit list needs a report's id, headline, date and source;
 * reading them from doc values, not stored fields, spares decompressing the stored block that
 * holds the bodies of the report and its neighbours.
 */
final class DocValuesReader {

  private final List<LeafReaderContext> leaves;

  DocValuesReader(IndexReader reader) {
    this.leaves = reader.leaves();
  }

  /** A string kept as binary or sorted doc values, or null if the report has none. */
  String text(int docId, String field) throws IOException {
    BytesRef bytes = bytes(docId, field);
    return bytes == null ? null : bytes.utf8ToString();
  }

  /** Bytes kept as binary or sorted doc values (a copy), or null. */
  BytesRef bytes(int docId, String field) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    int doc = docId - leaf.docBase;
    var info = leaf.reader().getFieldInfos().fieldInfo(field);
    if (info == null) {
      return null;
    }
    switch (info.getDocValuesType()) {
      case BINARY -> {
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
        return values.advanceExact(doc) ? BytesRef.deepCopyOf(values.binaryValue()) : null;
      }
      case SORTED -> {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        return values.advanceExact(doc)
            ? BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())) : null;
      }
      default -> {
        return null;
      }
    }
  }

  /** A number kept as numeric doc values, or null. */
  Long number(int docId, String field) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
    return values.advanceExact(docId - leaf.docBase) ? values.longValue() : null;
  }
}
