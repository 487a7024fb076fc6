package org.khabar.entity;

/** The kinds of named entity and expression Khabar finds. */
public enum EntityType {
  /** A person: حسن روحانی، پوتین. */
  PERSON,
  /** A place: تہران، شام، حلب. */
  LOCATION,
  /** An organisation: داعش، اقوام متحدہ. */
  ORGANIZATION,
  /** A title or post: صدر، وزیر دفاع، جنرل، ہم منصب. */
  DESIGNATION,
  /** A date: 30 ستمبر2015ء، اتوار، گذشتہ روز. */
  DATE,
  /** A time: صبح 10 بجے. */
  TIME,
  /** A number: 35، پینتیس ہزار، ایک تہائی. */
  NUMBER,
  /** A made thing with a name (a book, a ship, a product); annotated only in IL-NER. */
  ARTIFACT
}
