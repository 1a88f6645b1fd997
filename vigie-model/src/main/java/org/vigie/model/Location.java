package org.vigie.model;

/** A place where something happened: name, ISO 3166-1 alpha-3 country, coordinates when known. */
public record Location(String name, String country, Double lat, Double lon) {
}
