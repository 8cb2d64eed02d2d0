package org.vigie.archive.access;

import java.time.Instant;

/**
 * An account.
 *
 * @param name the login name (lower-case letters, digits, dot, dash, underscore)
 * @param role what it may do
 * @param mustChangePassword whether its next login must first choose a new password
 * @param created when it was created
 */
public record User(String name, Role role, boolean mustChangePassword, Instant created) {}
