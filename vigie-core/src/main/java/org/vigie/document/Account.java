package org.vigie.document;

/**
 * The author of a social-media post.
 *
 * @param platform {@code telegram}, {@code x}, {@code facebook}…
 * @param id the platform's stable identifier
 * @param handle the public handle, without {@code @}
 * @param name the display name
 * @param followers the audience when the post was collected, or {@code null} when unknown
 */
public record Account(String platform, String id, String handle, String name, Long followers) {}
