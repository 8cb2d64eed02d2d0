package org.vigie.web.topics;

import org.vigie.web.page.Chrome;

/**
 * The form that creates or edits a topic (a plain POST form).
 *
 * @param action where it posts
 * @param idEditable whether the id can be typed (only when creating)
 * @param deleteUrl where deleting posts, or {@code null} when creating
 * @param warning a query that mixes OU and ET without parentheses, said so, or {@code null}; the
 *     form then asks to confirm before saving it as it is
 */
public record TopicFormView(
    Chrome chrome,
    String heading,
    String action,
    boolean idEditable,
    String id,
    String name,
    String category,
    String query,
    String error,
    String deleteUrl,
    String warning) {}
