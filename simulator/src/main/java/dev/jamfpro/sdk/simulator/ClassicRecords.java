package dev.jamfpro.sdk.simulator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The records of one Classic API resource of the simulator ({@link JamfProSimulator#classicStore}),
 * for tests that seed what their code will read or check what it wrote. Records are XML text, kept
 * as written (elements the simulator does not know included).
 *
 * <pre>{@code
 * int id = jamf.classicStore("policies").add("<policy><general><name>Install Firefox</name></general></policy>");
 * }</pre>
 */
public final class ClassicRecords {
    private final ClassicStore store;
    private final java.util.function.IntFunction<String> readPath;

    ClassicRecords(ClassicStore store, java.util.function.IntFunction<String> readPath) {
        this.store = store;
        this.readPath = readPath;
    }

    /** {@return the resource, for example {@code policies}} */
    public String resource() {
        return store.resource();
    }

    /** {@return the root element of its records, for example {@code policy}} */
    public String rootElement() {
        return store.root();
    }

    /**
     * Adds {@code xml} as a record, under its own id ({@code <id>} or {@code <general><id>}) when that
     * is a free positive number, else the next one.
     *
     * @param xml the record, its root element the resource's ({@link #rootElement()})
     * @return the record's id
     * @throws IllegalArgumentException when the root element is not the resource's; for a kind the Pro API
     *     keeps too (departments, categories, buildings, sites, scripts, packages: one record seen through
     *     both APIs, so the Pro store shows it at once), also when its name is taken
     */
    public int add(String xml) {
        XmlNode record = XmlNode.parse(Objects.requireNonNull(xml, "xml == null"));
        if (!record.name().equals(store.root())) {
            throw new IllegalArgumentException("a " + store.resource() + " record has the root <" + store.root()
                    + ">, not <" + record.name() + ">");
        }
        return store.add(record, true);
    }

    /**
     * The record with {@code id} as XML, if there is one.
     *
     * @param id the record's id
     * @return the record, or empty
     */
    public Optional<String> get(int id) {
        return store.get(id).map(XmlNode::toXml);
    }

    /**
     * The Classic API path (after {@code /JSSResource/}) that reads record {@code id}:
     * {@code buildings/id/7}, {@code accounts/userid/3}, {@code smtpserver} for a settings resource,
     * {@code computercommands/uuid/...} where Jamf has no id lookup.
     *
     * @param id the record's id
     * @return the path, unencoded
     */
    public String readPath(int id) {
        return readPath.apply(id);
    }

    /** {@return the ids, in order} */
    public List<Integer> ids() {
        return store.ids();
    }

    /** {@return the number of records} */
    public int size() {
        return store.size();
    }

    /**
     * Removes the record with {@code id}.
     *
     * @param id the record's id
     * @return false if there was none
     */
    public boolean remove(int id) {
        return store.delete(id);
    }

    /** Removes every record. */
    public void clear() {
        store.clear();
    }

    @Override
    public String toString() {
        return "ClassicRecords{" + store.resource() + ", " + store.size() + " records}";
    }
}
