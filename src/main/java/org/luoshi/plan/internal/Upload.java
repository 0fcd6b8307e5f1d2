package org.luoshi.plan.internal;

/** A file as it arrived in a request, before the file store has checked it. */
public record Upload(String filename, byte[] content) {
}
