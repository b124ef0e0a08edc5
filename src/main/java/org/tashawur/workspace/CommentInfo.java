package org.tashawur.workspace;

import java.time.Instant;

/** A comment as screens show it; the body's limit is public for the field. */
public record CommentInfo(String authorName, String body, Instant createdAt) {

    public static final int BODY_MAX = ItemComment.BODY_MAX;
}
