package org.luoshi.shared.security;

/** Implemented by the authenticated principal, whatever the way in (form login, API token). */
public interface ActorPrincipal {

    Actor actor();
}
