package org.vigie.ingest;

import java.io.Closeable;
import java.util.Iterator;
import org.vigie.model.Document;

/**
 * Documents read from one input, one at a time. {@link #next()} never throws for a bad article: the
 * problem comes back as a document with a failure diagnostic. {@link #close()} releases files.
 */
interface DocumentReader extends Iterator<Document>, Closeable {
  @Override
  void close();
}
