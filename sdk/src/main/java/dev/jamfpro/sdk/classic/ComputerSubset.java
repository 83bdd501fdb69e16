package dev.jamfpro.sdk.classic;

/** Sections of a Classic computer record, for {@code /computers/id/{id}/subset/General&Location}. */
public enum ComputerSubset {
    /** The {@code General} section. */
    GENERAL("General"),
    /** The {@code Location} section. */
    LOCATION("Location"),
    /** The {@code Purchasing} section. */
    PURCHASING("Purchasing"),
    /** The {@code Peripherals} section. */
    PERIPHERALS("Peripherals"),
    /** The {@code Hardware} section. */
    HARDWARE("Hardware"),
    /** The {@code Certificates} section. */
    CERTIFICATES("Certificates"),
    /** The {@code Security} section. */
    SECURITY("Security"),
    /** The {@code Software} section. */
    SOFTWARE("Software"),
    /** The {@code ExtensionAttributes} section. */
    EXTENSION_ATTRIBUTES("ExtensionAttributes"),
    /** The {@code GroupsAccounts} section. */
    GROUPS_ACCOUNTS("GroupsAccounts"),
    /** The {@code iphones} section. */
    IPHONES("iphones"),
    /** The {@code ConfigurationProfiles} section. */
    CONFIGURATION_PROFILES("ConfigurationProfiles");

    private final String pathName;

    ComputerSubset(String pathName) {
        this.pathName = pathName;
    }

    /** {@return the name in the URL, for example {@code ExtensionAttributes}} */
    public String pathName() {
        return pathName;
    }
}
