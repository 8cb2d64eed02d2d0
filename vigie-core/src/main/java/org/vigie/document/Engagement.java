package org.vigie.document;

/** What a post's audience did with it, as counted by the platform; {@code null} when unknown. */
public record Engagement(Long views, Long shares, Long reactions, Long replies) {}
