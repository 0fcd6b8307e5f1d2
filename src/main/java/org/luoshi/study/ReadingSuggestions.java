package org.luoshi.study;

import java.util.Optional;
import org.luoshi.shared.security.Actor;

/**
 * 接着读: for the member an account logs in for, the next unread section of the material they started last, else of
 * the newest material published to them. Empty for an account linked to no member, or with nothing left to read.
 */
public interface ReadingSuggestions {

    Optional<NextReading> nextFor(Actor actor);
}
