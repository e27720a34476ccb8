package io.github.aimshandbook.engine.model;

/** A role of the AIMS (clause 5.3); owners and approvers name roles. */
public record Role(String id, String title, String holder, Text responsibilities, Location location) implements Entity {
}
