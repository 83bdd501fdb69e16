package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonObject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Buildings and departments, as the Pro API stores them ({@code /v1/buildings},
 * {@code /v1/departments}, seeded with the names the fleet uses): what a computer's location may name,
 * by id (Pro) or by name (Classic).
 */
final class Directory {
    private final Supplier<RecordCollection> buildings;
    private final Supplier<RecordCollection> departments;

    /** Either supplier may give null: the document has no such store, and any value is accepted. */
    Directory(Supplier<RecordCollection> buildings, Supplier<RecordCollection> departments) {
        this.buildings = buildings;
        this.departments = departments;
    }

    Optional<String> buildingName(String id) {
        return name(buildings.get(), id);
    }

    Optional<String> departmentName(String id) {
        return name(departments.get(), id);
    }

    Optional<String> buildingId(String name) {
        return id(buildings.get(), name);
    }

    Optional<String> departmentId(String name) {
        return id(departments.get(), name);
    }

    /** Whether the store is there at all (else names and ids are not checked). */
    boolean knowsBuildings() {
        return buildings.get() != null;
    }

    boolean knowsDepartments() {
        return departments.get() != null;
    }

    private static Optional<String> name(RecordCollection collection, String id) {
        if (collection == null || id == null) {
            return Optional.empty();
        }
        return collection.get(id).map(r -> r.has("name") && r.get("name").isJsonPrimitive() ? r.get("name").getAsString()
                : id);
    }

    private static Optional<String> id(RecordCollection collection, String name) {
        if (collection == null || name == null) {
            return Optional.empty();
        }
        for (JsonObject record : collection.all()) {
            if (record.has("name") && record.get("name").isJsonPrimitive()
                    && record.get("name").getAsString().equalsIgnoreCase(name)) {
                return Optional.of(record.get("id").getAsString());
            }
        }
        return Optional.empty();
    }
}
