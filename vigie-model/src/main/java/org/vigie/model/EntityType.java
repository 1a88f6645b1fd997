package org.vigie.model;

/** The entity types of the output contract. */
public enum EntityType { PERSON, ORGANIZATION, COUNTRY, PLACE, GROUP }
