package org.khabar.spark.related;

import java.util.ArrayList;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Gathers the ids of a band bucket, but no more than a limit: a bucket holding too many reports
 * is marked as overflowing instead of being collected whole, so one giant bucket cannot exhaust
 * an executor's memory.
 */
final class CappedBucket extends Aggregator<String, BucketMembers, BucketMembers> {

  private final int limit;

  CappedBucket(int limit) {
    this.limit = limit;
  }

  @Override
  public BucketMembers zero() {
    BucketMembers members = new BucketMembers();
    members.setIds(new ArrayList<>());
    return members;
  }

  @Override
  public BucketMembers reduce(BucketMembers members, String id) {
    if (!members.isOverflow()) {
      if (members.getIds().size() < limit) {
        members.getIds().add(id);
      } else {
        overflow(members);
      }
    }
    return members;
  }

  @Override
  public BucketMembers merge(BucketMembers a, BucketMembers b) {
    if (a.isOverflow() || b.isOverflow() || a.getIds().size() + b.getIds().size() > limit) {
      overflow(a);
    } else {
      a.getIds().addAll(b.getIds());
    }
    return a;
  }

  @Override
  public BucketMembers finish(BucketMembers members) {
    return members;
  }

  @Override
  public Encoder<BucketMembers> bufferEncoder() {
    return Encoders.bean(BucketMembers.class);
  }

  @Override
  public Encoder<BucketMembers> outputEncoder() {
    return Encoders.bean(BucketMembers.class);
  }

  private static void overflow(BucketMembers members) {
    members.setOverflow(true);
    members.setIds(new ArrayList<>());
  }
}
