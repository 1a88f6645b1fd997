package org.vigie.model;

/**
 * An entity in the role of an event's source or target, a fact's perpetrator or a reporting party:
 * the entity's id ({@code e3}, or null when the actor is not an entity of the document), its name
 * and its CAMEO-style actor code.
 */
public record ActorRef(String entity, String name, String actor) {
}
